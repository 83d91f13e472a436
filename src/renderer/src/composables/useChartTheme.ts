// The charts' palette (components/charts/chartPalette), read again whenever the theme changes:
// useTheme sets <html data-theme>, for "system" too (it follows the OS there), and the styles read
// only it; and whenever presentation mode (a class on <html>) or the window's size changes the
// root font size, which the canvas's text size follows.
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'
import {
  readPalette,
  samePalette,
  type ChartPalette
} from '@renderer/components/charts/chartPalette'

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
  // Presentation mode's root font follows the window's size, and the canvas's texts follow it.
  window.addEventListener('resize', refresh)
  onScopeDispose(() => {
    observer.disconnect()
    fonts?.removeEventListener('loadingdone', redraw)
    window.removeEventListener('resize', refresh)
  })
  return palette
}
