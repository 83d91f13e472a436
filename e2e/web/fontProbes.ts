// What the font specs read from the page: which faces loaded, how wide a word is drawn, and which
// font the browser really drew each element's Hangul with (Chromium's DevTools protocol tells, as
// the Computed pane's "Rendered fonts" does).
import type { Locator, Page, Response } from '@playwright/test'

/** The bundled Korean face's family (styles/fonts.css). */
export const BUNDLED_FACE = 'Noto Sans KR Variable'
/** Its name as the font file calls itself (the variable font's default instance). */
const BUNDLED_PLATFORM_FAMILY = /^Noto Sans KR/

/** Until no font is loading: after each round of loads the page lays out again (two frames),
 * which may ask for more slices. */
export async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    do {
      await document.fonts.ready
      await frame()
      await frame()
    } while (document.fonts.status !== 'loaded')
  })
}

export interface LoadedFace {
  status: FontFaceLoadStatus
  /** The face's unicode-range as [first, last] code points. */
  ranges: [number, number][]
}

/** The bundled face's slices that the page asked for (loading, loaded or failed). */
export function loadedFaces(page: Page): Promise<LoadedFace[]> {
  return page.evaluate((family) => {
    const parse = (range: string): [number, number] => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from, 16), parseInt(to, 16)]
    }
    const faces: LoadedFace[] = []
    document.fonts.forEach((face) => {
      if (face.family.replace(/^"|"$/g, '') !== family || face.status === 'unloaded') return
      faces.push({ status: face.status, ranges: face.unicodeRange.split(',').map(parse) })
    })
    return faces
  }, BUNDLED_FACE)
}

export function fontFileNames(responses: Response[]): string[] {
  return responses.map((response) => new URL(response.url()).pathname.split('/').at(-1) ?? '')
}

export interface KoreanWordWidths {
  /** The body's font stack, as computed. */
  stack: string
  ui: number
  bundledFaceOnly: number
  withoutBundledFace: number
  /** Measured on a canvas with the same stack, as the charts draw their axis titles. */
  canvas: number
}

/** The width of `word` at 16px in the UI's stack, in the bundled face alone, and without it. */
export function widthsOfKoreanWord(page: Page, word: string): Promise<KoreanWordWidths> {
  return page.evaluate(
    ({ word, face }) => {
      const stack = getComputedStyle(document.body).fontFamily
      const without = stack
        .split(',')
        .filter((family) => family.trim().replace(/^"|"$/g, '') !== face)
        .join(',')
      const width = (family: string): number => {
        const span = document.createElement('span')
        span.textContent = word
        span.style.fontFamily = family
        span.style.fontSize = '16px'
        document.body.append(span)
        const measured = span.getBoundingClientRect().width
        span.remove()
        return measured
      }
      const context = document.createElement('canvas').getContext('2d')
      if (context === null) throw new Error('no 2D canvas')
      context.font = `16px ${stack}`
      return {
        stack,
        ui: width(stack),
        bundledFaceOnly: width(`"${face}"`),
        withoutBundledFace: width(without),
        canvas: context.measureText(word).width
      }
    },
    { word, face: BUNDLED_FACE }
  )
}

export interface RenderedFont {
  familyName: string
  isCustomFont: boolean
  glyphCount: number
}

/** The fonts that drew the own text of each element matching `selector`, in document order. */
export async function renderedFonts(page: Page, selector: string): Promise<RenderedFont[][]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })
    const result: RenderedFont[][] = []
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      result.push(
        fonts.map(({ familyName, isCustomFont, glyphCount }) => ({
          familyName,
          isCustomFont,
          glyphCount
        }))
      )
    }
    return result
  } finally {
    await cdp.detach()
  }
}

/** Whether a font the page drew with is the bundled face. */
export function isBundledFace(font: RenderedFont): boolean {
  return font.isCustomFont && BUNDLED_PLATFORM_FAMILY.test(font.familyName)
}

export interface HangulGlyphs {
  /** The element's rendered text: Chromium reports the fonts of its descendants' text too. */
  text: string
  hangul: number
  /** Glyphs drawn by the bundled face, and by other fonts (spaces, digits, symbols, ::before). */
  bundled: number
  other: number
}

/**
 * For each rendered element inside `scope` (itself included) with Hangul in its own text nodes:
 * how many Hangul syllables it and its rendered descendants show, how many glyphs the bundled face
 * drew for them and how many other fonts drew.
 */
export async function hangulGlyphsByFont(page: Page, scope: Locator): Promise<HangulGlyphs[]> {
  // Marked in document order, the order in which renderedFonts answers.
  const texts = await scope.evaluate((root) => {
    const found: string[] = []
    for (const marked of Array.from(document.querySelectorAll('[data-hangul-probe]'))) {
      marked.removeAttribute('data-hangul-probe')
    }
    // A closed <select> draws only its chosen option, in its own shadow tree.
    const rendered = (element: Element) =>
      element.closest('select') === null && element.checkVisibility()
    const textOf = (element: Element, own: boolean): string => {
      let text = ''
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? ''
        else if (!own && node instanceof Element && rendered(node)) text += textOf(node, false)
      }
      return text
    }
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      if (!rendered(element) || !/\p{Script=Hangul}/u.test(textOf(element, true))) continue
      // Text cut by an ellipsis is shaped twice (the whole line, then the cut one), and Chromium
      // counts the glyphs of both: such an element is probed through a copy laid out whole, just
      // after it (same styles, same language), which the probe removes afterwards.
      const clipped =
        getComputedStyle(element).textOverflow === 'ellipsis' &&
        element.scrollWidth > element.clientWidth
      let probed = element
      if (clipped && element instanceof HTMLElement) {
        const copy = element.cloneNode(true) as HTMLElement
        copy.setAttribute('data-hangul-probe-copy', '')
        copy.style.cssText = 'position:fixed;left:0;top:0;width:max-content;overflow:visible'
        element.after(copy)
        probed = copy
      }
      probed.setAttribute('data-hangul-probe', '')
      found.push(textOf(element, false))
    }
    return found
  })
  const fonts = await renderedFonts(page, '[data-hangul-probe]')
  await page.evaluate(() => {
    for (const copy of Array.from(document.querySelectorAll('[data-hangul-probe-copy]'))) {
      copy.remove()
    }
  })
  const count = (list: RenderedFont[]) => list.reduce((sum, font) => sum + font.glyphCount, 0)
  return texts.map((text, index) => {
    const drawn = fonts[index] ?? []
    const bundled = count(drawn.filter(isBundledFace))
    return {
      text,
      hangul: text.match(/\p{Script=Hangul}/gu)?.length ?? 0,
      bundled,
      other: count(drawn) - bundled
    }
  })
}
