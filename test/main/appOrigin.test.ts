import { afterEach, describe, expect, it, vi } from 'vitest'
import { isAppUrl } from '../../src/main/appOrigin'
import { app, resetElectron } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

afterEach(() => {
  vi.unstubAllEnvs()
  resetElectron()
})

describe('isAppUrl', () => {
  it.each(['app://logit-lab/index.html', 'app://logit-lab/', 'app://logit-lab/assets/a.js'])(
    'accepts our page %s',
    (url) => expect(isAppUrl(url)).toBe(true)
  )

  it.each([
    'app://evil/index.html',
    'app://logit-lab.evil/index.html',
    'app://user:pass@logit-lab/index.html',
    'file:///work/out/renderer/index.html',
    'https://logit-lab/index.html',
    'http://localhost:5173/',
    'about:blank',
    'not a url'
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false))

  it('accepts the dev server origin only in an unpackaged run', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false)
    app.isPackaged = false
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(true)
    expect(isAppUrl('http://localhost:5174/index.html')).toBe(false)
  })
})
