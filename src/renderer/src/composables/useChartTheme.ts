// Chart.js draws on a canvas, which cannot read CSS variables: this composable reads the theme's
// variables into plain colour strings and reads them again whenever the theme changes: useTheme
// sets <html data-theme>, for "system" too (it follows the OS there), and the styles read only it.
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
}

const variables: Record<keyof ChartPalette, string> = {
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
  surface: '--color-surface',
  accent: '--color-accent',
  ok: '--color-ok',
  danger: '--color-danger',
  warning: '--color-warning'
}

/** Drawn only if the stylesheet has not loaded (a canvas cannot take `var(...)`). */
const NEUTRAL = 'gray'

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element)
  const palette = {} as ChartPalette
  for (const key of Object.keys(variables) as (keyof ChartPalette)[]) {
    palette[key] = style.getPropertyValue(variables[key]).trim() || NEUTRAL
  }
  return palette
}

export function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return (Object.keys(variables) as (keyof ChartPalette)[]).every((key) => a[key] === b[key])
}

/** The current palette, replaced (a new object) only when a colour actually changed. */
export function useChartTheme(): ShallowRef<ChartPalette> {
  const palette = shallowRef(readPalette())
  const refresh = (): void => {
    const next = readPalette()
    if (!samePalette(next, palette.value)) palette.value = next
  }
  const observer = new MutationObserver(refresh)
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style']
  })
  onScopeDispose(() => observer.disconnect())
  return palette
}
