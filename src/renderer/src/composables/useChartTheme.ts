// Chart.js draws on a canvas, which cannot read CSS variables: this composable reads the theme's
// variables into plain colour strings and reads them again whenever the theme changes: useTheme
// sets <html data-theme>, for "system" too (it follows the OS there), and the styles read only it.
// It also hands the canvas the UI's font stack, so axis titles in Korean are drawn with the bundled
// Korean face (styles/fonts.css) and not as empty boxes where the system has no Hangul.
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'

export interface ChartPalette {
  text: string
  muted: string
  border: string
  surface: string
  accent: string
  ok: string
  danger: string
  warning: string
  /** The font stack (a CSS font-family list) for the canvas's texts. */
  font: string
}

const variables: Record<keyof ChartPalette, string> = {
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
  surface: '--color-surface',
  accent: '--color-accent',
  ok: '--color-ok',
  danger: '--color-danger',
  warning: '--color-warning',
  font: '--font-sans'
}

/** Drawn only if the stylesheet has not loaded (a canvas cannot take `var(...)`). */
const NEUTRAL = 'gray'
const NEUTRAL_FONT = 'sans-serif'

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element)
  const palette = {} as ChartPalette
  for (const key of Object.keys(variables) as (keyof ChartPalette)[]) {
    palette[key] =
      style.getPropertyValue(variables[key]).trim() || (key === 'font' ? NEUTRAL_FONT : NEUTRAL)
  }
  return palette
}

export function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return (Object.keys(variables) as (keyof ChartPalette)[]).every((key) => a[key] === b[key])
}

/**
 * The current palette, replaced (a new object) when a colour changed, and after web fonts have
 * loaded: the Korean face arrives slice by slice as texts need it, and a canvas, unlike the page,
 * is not drawn again by the browser when a font it used arrives, so what it drew before stays
 * drawn in the fallback (empty boxes where no system font has Hangul).
 */
export function useChartTheme(): ShallowRef<ChartPalette> {
  const palette = shallowRef(readPalette())
  const refresh = (): void => {
    const next = readPalette()
    if (!samePalette(next, palette.value)) palette.value = next
  }
  const redraw = (): void => {
    palette.value = readPalette()
  }
  const observer = new MutationObserver(refresh)
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style']
  })
  // Optional: the DOM the component tests run in (happy-dom) has no FontFaceSet.
  const fonts = document.fonts as FontFaceSet | undefined
  fonts?.addEventListener('loadingdone', redraw)
  onScopeDispose(() => {
    observer.disconnect()
    fonts?.removeEventListener('loadingdone', redraw)
  })
  return palette
}
