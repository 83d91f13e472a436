// The charts' look read from the stylesheet for the canvas: colours, and the UI's font stack with
// the bundled Korean face in it; read again after web fonts load, since a canvas is not redrawn by
// the browser when a font it drew with arrives.
import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, watch } from 'vue'
import { readPalette } from '@renderer/components/charts/chartPalette'
import { useChartTheme } from '@renderer/composables/useChartTheme'

/** happy-dom has no FontFaceSet: a stand-in that only dispatches events. */
function fakeFontFaceSet(): EventTarget {
  const fonts = new EventTarget()
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true })
  return fonts
}

afterEach(() => {
  Reflect.deleteProperty(document, 'fonts')
  document.documentElement.removeAttribute('style')
})

describe('chart theme', () => {
  it("hands the canvas the UI's font stack, or a generic family before the styles load", () => {
    expect(readPalette().font).toBe('sans-serif')
    const stack = "system-ui, sans-serif, 'Noto Sans KR Variable'"
    document.documentElement.style.setProperty('--font-sans', stack)
    expect(readPalette().font).toBe(stack)
  })

  it("sizes the canvas's texts from the root font: 12px at 16px, larger when presenting", async () => {
    const scope = effectScope()
    const palette = scope.run(() => useChartTheme())
    document.documentElement.style.fontSize = '16px'
    expect(readPalette().fontSize).toBe(12)
    document.documentElement.style.fontSize = '28px' // presentation mode at 1920x1080
    await Promise.resolve() // the MutationObserver's callback
    expect(palette?.value.fontSize).toBe(21)
    scope.stop()
  })

  it('asks for a redraw after each round of font loads, and stops when disposed', () => {
    const fonts = fakeFontFaceSet()
    const scope = effectScope()
    let redraws = 0
    const palette = scope.run(() => {
      const palette = useChartTheme()
      watch(palette, () => redraws++, { flush: 'sync' })
      return palette
    })
    const first = palette?.value
    fonts.dispatchEvent(new Event('loadingdone'))
    expect(redraws).toBe(1)
    expect(palette?.value).not.toBe(first) // a new object, so watchers draw again
    expect(palette?.value).toEqual(first) // with the same look
    fonts.dispatchEvent(new Event('loading'))
    expect(redraws).toBe(1)
    scope.stop()
    fonts.dispatchEvent(new Event('loadingdone'))
    expect(redraws).toBe(1)
  })
})
