// The renderer's Content-Security-Policy, sent as a response header by the app:// protocol. It is
// the same policy as the <meta> tag in src/renderer/index.html (a test keeps the two equal): no
// inline script, no remote origins, nothing the page does not need.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // No data: or blob: images and no blob: workers: nothing draws them (a chart's PNG is a
  // download link, which img-src does not govern) and the training worker is a bundled file.
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ')
