// Which renderer assets Vite may inline into the bundle as data: URLs.
import { describe, expect, it } from 'vitest'
import { rendererAssetsInlineLimit } from '../../build/rendererBundle'

describe('inlining renderer assets', () => {
  it("never inlines a font, which the CSP's font-src 'self' would refuse as a data: URL", () => {
    for (const file of ['noto-sans-kr-119-wght-normal.woff2', 'a.woff', 'b.TTF', 'c.otf']) {
      expect(rendererAssetsInlineLimit(`/repo/node_modules/pkg/files/${file}`)).toBe(false)
    }
  })

  it("leaves other assets to Vite's own size rule", () => {
    expect(rendererAssetsInlineLimit('/repo/src/renderer/src/assets/icon.png')).toBeUndefined()
    expect(rendererAssetsInlineLimit('/repo/src/renderer/src/assets/woff2.svg')).toBeUndefined()
  })
})
