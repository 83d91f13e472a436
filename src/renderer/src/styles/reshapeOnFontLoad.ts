// Chromium keeps, for each distinct font style, a list of the fonts it falls back through, and a
// list made before a slice of the Korean face was asked for is not renewed when that slice
// arrives: its texts keep the fallback's glyphs, which where no system font has Hangul are empty
// boxes. A style whose list is new shapes with the slices loaded by then. So after each round of
// font loads the root gets a font feature value it never had before (fonts.css), which every
// element inherits: each text is shaped again through new lists. Going back to an earlier value
// would bring back that value's old lists, boxes and all (importing a CSV showed it when this was
// a flip between two values).

/** What this needs of `document.fonts` (an EventTarget for its 'loadingdone' events). */
type FontLoadEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>

/** The custom property fonts.css reads as the value of an unused font feature. */
export const RESHAPE_ROUND_PROPERTY = '--fonts-reshape-round'

/** Starts reshaping the page's text after each round of font loads; returns the stop. */
export function reshapeTextOnFontLoad(
  fonts: FontLoadEvents = document.fonts,
  root: HTMLElement = document.documentElement
): () => void {
  let round = 0
  const reshape = (): void => {
    round += 1
    root.style.setProperty(RESHAPE_ROUND_PROPERTY, String(round))
  }
  fonts.addEventListener('loadingdone', reshape)
  return () => fonts.removeEventListener('loadingdone', reshape)
}
