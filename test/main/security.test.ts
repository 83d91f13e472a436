import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openAllowedExternal, setupSecurity } from '../../src/main/security'
import { externalLinks } from '@shared/externalLinks'
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
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string }
  ) => void
  type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean
  const request = (permission: string, requestingUrl: string): boolean => {
    const [handler] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as [
      RequestHandler
    ]
    const callback = vi.fn()
    handler(new FakeWebContents(), permission, callback, { requestingUrl })
    expect(callback).toHaveBeenCalledOnce()
    return callback.mock.calls[0][0] as boolean
  }
  const check = (permission: string, origin: string): boolean => {
    const [handler] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] as [
      CheckHandler
    ]
    return handler(new FakeWebContents(), permission, origin)
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen'
  ])('refuses a request for %s', (permission) => {
    expect(request(permission, 'app://logit-lab/index.html')).toBe(false)
  })

  it.each(['media', 'geolocation', 'hid', 'serial', 'usb', 'clipboard-read'])(
    'answers no to a check for %s',
    (permission) => {
      expect(check(permission, 'app://logit-lab')).toBe(false)
    }
  )

  it("lets our own page write text to the clipboard (the log's Copy button), and nobody else", () => {
    expect(request('clipboard-sanitized-write', 'app://logit-lab/index.html')).toBe(true)
    expect(check('clipboard-sanitized-write', 'app://logit-lab')).toBe(true)
    for (const foreign of ['https://evil.example/', 'app://other-host/', 'file:///etc/passwd']) {
      expect(request('clipboard-sanitized-write', foreign)).toBe(false)
      expect(check('clipboard-sanitized-write', foreign)).toBe(false)
    }
  })
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
