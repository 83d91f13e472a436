import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp'
import { registerAppProtocol, serveRenderer } from '../../src/main/protocol'
import { rendererRequestHandler, resolveRendererFile } from '../../src/main/rendererFiles'
import { repoRoot } from '../support/paths'
import { protocol, resetElectron } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

// A built renderer in <tmp>/renderer, with a secret beside it that must never be served.
let base: string
let root: string
let serve: (request: Request) => Promise<Response>

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'logit-lab-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Logit Lab</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("app")')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'noto-sans-kr-119-wght-normal-abc.woff2'), 'wOF2')
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET')
  writeFileSync(join(base, 'renderer-evil.txt'), 'TOP SECRET')
  serve = rendererRequestHandler(root)
})

afterAll(() => rmSync(base, { recursive: true, force: true }))
beforeEach(() => resetElectron())

const get = (url: string): Promise<Response> => serve(new Request(url))

describe('the app:// scheme', () => {
  it('is registered as standard and secure, with fetch, and without CORS to other origins', () => {
    registerAppProtocol()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })

  it('is served from the renderer folder by a handler', async () => {
    serveRenderer(root)
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, typeof serve]
    expect(scheme).toBe('app')
    const response = await handler(new Request('app://logit-lab/index.html'))
    expect(await response.text()).toContain('<title>Logit Lab</title>')
  })
})

describe('serving the renderer', () => {
  it('serves index.html with its type and the CSP header', async () => {
    const response = await get('app://logit-lab/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves / as index.html, and scripts and styles with their types and the CSP', async () => {
    expect(await (await get('app://logit-lab/')).text()).toContain('Logit Lab')
    const script = await get('app://logit-lab/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await script.text()).toBe('console.log("app")')
    const style = await get('app://logit-lab/assets/index-abc.css')
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('serves the bundled Korean font slices with their type, font/woff2', async () => {
    const font = await get('app://logit-lab/assets/noto-sans-kr-119-wght-normal-abc.woff2')
    expect(font.status).toBe(200)
    expect(font.headers.get('content-type')).toBe('font/woff2')
    expect(font.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await font.text()).toBe('wOF2')
  })

  it.each([
    'app://logit-lab/../secret.txt',
    'app://logit-lab/%2e%2e/secret.txt',
    'app://logit-lab/..%2fsecret.txt',
    'app://logit-lab/assets/..%2f..%2fsecret.txt',
    'app://logit-lab/%2e%2e%2fsecret.txt',
    'app://logit-lab/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://logit-lab/%2fetc%2fpasswd',
    'app://logit-lab/..%5csecret.txt',
    'app://logit-lab/..%2frenderer-evil.txt',
    'app://logit-lab/index.html%00.js',
    'app://logit-lab/%E0%A4%A',
    'app://logit-lab/assets',
    'app://logit-lab/missing.js',
    'app://evil/index.html',
    'app://logit-lab.evil/index.html',
    'file:///etc/passwd'
  ])('answers 404 to %s and never reveals a file outside the folder', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('SECRET')
    expectSecurityHeaders(response)
  })

  it('resolves only paths inside the folder', () => {
    expect(resolveRendererFile(root, 'app://logit-lab/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js')
    )
    expect(resolveRendererFile(root, 'app://logit-lab/..%2fsecret.txt')).toBeNull()
  })

  it('answers 405 to anything but GET', async () => {
    const response = await serve(
      new Request('app://logit-lab/index.html', { method: 'POST', body: 'x' })
    )
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe('GET')
    expectSecurityHeaders(response)
  })
})

/** Every answer, a refusal too, carries the CSP and forbids content sniffing. */
function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
}

describe('the Content-Security-Policy', () => {
  it("is the same policy as the page's <meta> tag", () => {
    const html = readFileSync(join(repoRoot, 'src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no inline script, no eval and no remote origin', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ')
    expect(directives).toContain("default-src 'none'")
    expect(directives).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('allows no data: or blob: images and no blob: workers', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ')
    expect(directives).toContain("img-src 'self'")
    expect(directives).toContain("worker-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/data:|blob:/)
  })
})
