// The root's new font feature value after each round of font loads, which makes Chromium shape all
// text again with the Korean slices that just arrived (the e2e korean-font spec shows the boxes it
// prevents, at the start and after an import loads more slices).
import { describe, expect, it } from 'vitest'
import { RESHAPE_ROUND_PROPERTY, reshapeTextOnFontLoad } from '@renderer/styles/reshapeOnFontLoad'

describe('reshaping text when fonts load', () => {
  it('gives the root a value it never had after each round of loads, until stopped', () => {
    const fonts = new EventTarget()
    const root = document.createElement('html')
    const round = () => root.style.getPropertyValue(RESHAPE_ROUND_PROPERTY)
    const stop = reshapeTextOnFontLoad(fonts, root)
    expect(round()).toBe('')
    fonts.dispatchEvent(new Event('loading'))
    expect(round()).toBe('')

    const seen = new Set<string>()
    for (let i = 0; i < 4; i++) {
      fonts.dispatchEvent(new Event('loadingdone'))
      // A value seen before would bring back the old, stale shaping of that value.
      expect(seen.has(round())).toBe(false)
      expect(Number.isInteger(Number(round()))).toBe(true)
      seen.add(round())
    }

    const last = round()
    stop()
    fonts.dispatchEvent(new Event('loadingdone'))
    expect(round()).toBe(last)
  })
})
