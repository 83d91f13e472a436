import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  activeWindow,
  createMainWindow,
  isOurWebContents,
  loadRenderer
} from '../../src/main/window'
import { app, FakeBrowserWindow, FakeWebContents, resetElectron } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

const create = (): FakeBrowserWindow => createMainWindow() as unknown as FakeBrowserWindow

beforeEach(() => resetElectron())
afterEach(() => {
  vi.unstubAllEnvs()
  resetElectron()
})

describe('createMainWindow', () => {
  it('sets every secure preference explicitly', () => {
    const { webPreferences } = create().options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
    expect(webPreferences['preload']).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('is titled Logit Lab and keeps that title whatever the page says', () => {
    const window = create()
    expect(window.options['title']).toBe('Logit Lab')
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    window.emit('page-title-updated', event, 'Something else')
    expect(event.defaultPrevented).toBe(true)
  })

  it('shows itself once ready, not before', () => {
    const window = create()
    expect(window.options['show']).toBe(false)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)
  })
})

describe('loadRenderer', () => {
  it('loads the app:// entry in a packaged app, even if a dev server is named', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const window = create()
    await loadRenderer(window as never)
    expect(window.loadedUrl).toBe('app://logit-lab/index.html')
  })

  it("loads electron-vite's dev server only in development", async () => {
    app.isPackaged = false
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const window = create()
    await loadRenderer(window as never)
    expect(window.loadedUrl).toBe('http://localhost:5173')
  })
})

describe('our windows', () => {
  it('recognises the web contents of our windows, and only while they are open', () => {
    const window = create()
    const contents = window.webContents
    expect(isOurWebContents(contents as never)).toBe(true)
    expect(isOurWebContents(new FakeWebContents() as never)).toBe(false)
    window.close()
    expect(isOurWebContents(contents as never)).toBe(false)
  })

  it('picks the focused window of ours for menu commands, else the first', () => {
    const first = create()
    const second = create()
    expect(activeWindow()).toBe(first)
    FakeBrowserWindow.focused = second
    expect(activeWindow()).toBe(second)
    FakeBrowserWindow.focused = new FakeBrowserWindow({})
    expect(activeWindow()).toBe(first)
    first.close()
    second.close()
    expect(activeWindow()).toBeNull()
  })
})
