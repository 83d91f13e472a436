// The renderer's first script is ~1,140 kB (~360 kB gzipped): Vue, Pinia, vue-i18n, Chart.js,
// KaTeX, the session codec, the exporters and the app. It is read from disk by the desktop app
// and from a local server by the web edition. The Lab and Code views, not on the first screen,
// are chunks of their own (ResultsPanel). The limit is set above the first script so that Vite's
// warning stays meaningful: it speaks again if the bundle grows well past what it is today.
export const RENDERER_CHUNK_WARNING_KB = 1280

/**
 * Vite inlines assets under 4 kB into the CSS as data: URLs, which the CSP's `font-src 'self'`
 * refuses: font files always stay files (today every slice of the bundled Korean font is larger,
 * but a later version of its package may cut smaller ones). Other assets keep Vite's rule.
 */
export function rendererAssetsInlineLimit(file: string): false | undefined {
  return /\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined
}
