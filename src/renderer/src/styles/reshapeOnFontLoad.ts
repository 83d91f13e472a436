// Chromium does not always lay text out again when the web font it was waiting for arrives: some
// of the texts that asked for a slice of the Korean face while it was loading keep the fallback's
// glyphs, and where no system font has Hangul those are empty boxes (in most starts here, the
// header's tagline or a panel's title among them; a new element with the same text renders well).
// Changing a font property on the root makes the browser shape every text again, so after each
// round of font loads the root flips `data-fonts-reshaped`, which fonts.css turns into a font
// feature that is on anyway: the text looks the same and is shaped with the fonts now loaded.

/** What this needs of `document.fonts` (an EventTarget for its 'loadingdone' events). */
type FontLoadEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>

/** Starts reshaping the page's text after each round of font loads; returns the stop. */
export function reshapeTextOnFontLoad(
  fonts: FontLoadEvents = document.fonts,
  root: Element = document.documentElement
): () => void {
  const reshape = (): void => {
    root.toggleAttribute('data-fonts-reshaped')
  }
  fonts.addEventListener('loadingdone', reshape)
  return () => fonts.removeEventListener('loadingdone', reshape)
}
