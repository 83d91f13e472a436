// The root's flip after each round of font loads, which makes Chromium shape all text again with
// the Korean slices that just arrived (the e2e korean-font spec shows the boxes it prevents).
import { describe, expect, it } from 'vitest'
import { reshapeTextOnFontLoad } from '@renderer/styles/reshapeOnFontLoad'

describe('reshaping text when fonts load', () => {
  it('flips data-fonts-reshaped on the root after each round of loads, until stopped', () => {
    const fonts = new EventTarget()
    const root = document.createElement('html')
    const stop = reshapeTextOnFontLoad(fonts, root)
    expect(root.hasAttribute('data-fonts-reshaped')).toBe(false)
    fonts.dispatchEvent(new Event('loading'))
    expect(root.hasAttribute('data-fonts-reshaped')).toBe(false)
    fonts.dispatchEvent(new Event('loadingdone'))
    expect(root.hasAttribute('data-fonts-reshaped')).toBe(true)
    fonts.dispatchEvent(new Event('loadingdone'))
    expect(root.hasAttribute('data-fonts-reshaped')).toBe(false)
    stop()
    fonts.dispatchEvent(new Event('loadingdone'))
    expect(root.hasAttribute('data-fonts-reshaped')).toBe(false)
  })
})
