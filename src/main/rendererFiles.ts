// Serves the built renderer for the app:// protocol: files inside the renderer folder only. Every
// response (404 and 405 too) carries the CSP and nosniff, so no answer of ours is ever a page or
// a script without them. Requests that would leave the folder get 404 without touching the disk.
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative } from 'node:path'
import { APP_HOST, APP_SCHEME } from './appOrigin'
import { CONTENT_SECURITY_POLICY } from './csp'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8'
}

/** The file a request names inside `rootDir`, or null when it names anything else. */
export function resolveRendererFile(rootDir: string, url: string): string | null {
  if (!URL.canParse(url)) return null
  const { protocol, host, pathname } = new URL(url)
  if (protocol !== `${APP_SCHEME}:` || host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch (error) {
    if (error instanceof URIError) return null // a malformed %-escape names no file
    throw error
  }
  if (path.includes('\0')) return null
  const file = join(rootDir, path === '/' ? 'index.html' : path)
  const inside = relative(rootDir, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff'
}

function refusal(status: 404 | 405): Response {
  const headers = status === 405 ? { ...SECURITY_HEADERS, Allow: 'GET' } : SECURITY_HEADERS
  return new Response(null, { status, headers })
}

export function rendererRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return refusal(405)
    const file = resolveRendererFile(rootDir, request.url)
    if (file === null) return refusal(404)
    let body: Buffer
    try {
      body = await readFile(file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return refusal(404)
      throw error
    }
    const headers = {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      ...SECURITY_HEADERS
    }
    return new Response(new Uint8Array(body), { status: 200, headers })
  }
}
