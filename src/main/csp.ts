// The renderer's Content-Security-Policy, sent as a response header by the app:// protocol. It is
// the same policy as the <meta> tag in src/renderer/index.html (a test keeps the two equal): no
// inline script, no remote origins, nothing the page does not need.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ')
