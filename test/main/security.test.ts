import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openAllowedExternal, setupSecurity } from '../../src/main/security'
import { externalLinks } from '../../src/shared/externalLinks'
import { FakeEvent, FakeWebContents, resetElectron, session, shell } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

beforeEach(() => {
  resetElectron()
  setupSecurity()
})
afterEach(() => resetElectron())

const notAllowed = [
  'https://deeplearningzerotoall.github.io/season2/lab-05',
  'https://deeplearningzerotoall.github.io/season2',
  'http://deeplearningzerotoall.github.io/season2/',
  'https://github.com/deeplearningzerotoall/PyTorch.evil.example',
  'https://evil.example/?https://github.com/deeplearningzerotoall/PyTorch',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'smb://evil/share',
  ''
]

describe('every web contents is locked down', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-attach-webview'])(
    'prevents %s',
    (eventName) => {
      const contents = new FakeWebContents() // created after setupSecurity: Electron tells it
      const event = new FakeEvent()
      contents.emit(eventName, event, { url: 'https://evil.example/' })
      expect(event.defaultPrevented).toBe(true)
    }
  )

  it('denies every new window, opening allow-listed pages in the browser instead', async () => {
    const contents = new FakeWebContents()
    const open = contents.windowOpenHandler
    expect(open).not.toBeNull()
    expect(open?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'about:blank' })).toEqual({ action: 'deny' })
    expect(shell.openExternal).not.toHaveBeenCalled()
    expect(open?.({ url: externalLinks.course })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith(externalLinks.course))
  })
})

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen'
  ])('refuses a request for %s', (permission) => {
    const [handler] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as [
      (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
    ]
    const callback = vi.fn()
    handler(new FakeWebContents(), permission, callback)
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })

  it.each(['media', 'geolocation', 'hid', 'serial', 'usb', 'clipboard-sanitized-write'])(
    'answers no to a check for %s',
    (permission) => {
      const [handler] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] as [
        (contents: unknown, permission: string, origin: string) => boolean
      ]
      expect(handler(new FakeWebContents(), permission, 'app://logit-lab')).toBe(false)
    }
  )
})

describe('openAllowedExternal', () => {
  it.each(Object.values(externalLinks))('opens the allow-listed %s', async (url) => {
    expect(await openAllowedExternal(url)).toBe(true)
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(url)
  })

  it.each(notAllowed)('refuses %j without calling the shell', async (url) => {
    expect(await openAllowedExternal(url)).toBe(false)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })
})
