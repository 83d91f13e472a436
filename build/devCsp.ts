import type { Plugin } from 'vite'

// Vite's dev server injects component styles as <style> tags and talks to the page over a
// websocket; only while serving do we relax the page's CSP for those two things.
export function devCsp(): Plugin {
  return {
    name: 'logit-lab-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:")
    }
  }
}
