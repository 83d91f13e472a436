// The renderer ships as one script of ~830 kB (Vue, Pinia, vue-i18n, Chart.js, KaTeX and the app;
// ~280 kB gzipped). It is read from disk by the desktop app and from a local server by the web
// edition, and every part of it is needed on the first screen, so splitting it would add requests
// without showing anything sooner. The limit is set above it so that Vite's warning stays
// meaningful: it speaks again if the bundle grows well past what it is today.
export const RENDERER_CHUNK_WARNING_KB = 1024

/**
 * Vite inlines assets under 4 kB into the CSS as data: URLs, which the CSP's `font-src 'self'`
 * refuses: font files always stay files (today every slice of the bundled Korean font is larger,
 * but a later version of its package may cut smaller ones). Other assets keep Vite's rule.
 */
export function rendererAssetsInlineLimit(file: string): false | undefined {
  return /\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined
}
