// The renderer ships as one script of ~830 kB (Vue, Pinia, vue-i18n, Chart.js, KaTeX and the app;
// ~280 kB gzipped). It is read from disk by the desktop app and from a local server by the web
// edition, and every part of it is needed on the first screen, so splitting it would add requests
// without showing anything sooner. The limit is set above it so that Vite's warning stays
// meaningful: it speaks again if the bundle grows well past what it is today.
export const RENDERER_CHUNK_WARNING_KB = 1024
