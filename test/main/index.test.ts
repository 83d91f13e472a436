import { beforeAll, describe, expect, it, vi } from 'vitest'
import { dialogText } from '../../src/main/dialogText'
import { invokeChannels } from '@shared/channels'
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeEvent,
  ipcMain,
  Menu,
  protocol,
  session
} from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))
// The worker entry is an electron-vite `?modulePath` import, and the service has its own tests.
vi.mock('../../src/main/workerFactory', () => ({
  createTrainingWorker: vi.fn(),
  createCodecWorker: vi.fn()
}))
vi.mock('../../src/main/training/service', () => ({
  TrainingService: class {
    disposeOwner = vi.fn()
    dispose = vi.fn(async () => undefined)
  }
}))

describe('start-up', () => {
  // The app starts once for the file, before any test; what it called then is recorded here,
  // since Vitest clears every mock's calls before each test. Every test then reads that start-up,
  // so they pass in any order (--sequence.shuffle).
  const startUp = {
    schemesRegistered: 0,
    protocolHandled: [] as unknown[][],
    permissionHandlers: 0,
    menusSet: 0,
    channels: [] as string[]
  }
  beforeAll(async () => {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1))
    startUp.schemesRegistered = protocol.registerSchemesAsPrivileged.mock.calls.length
    startUp.protocolHandled = protocol.handle.mock.calls
    startUp.permissionHandlers =
      session.defaultSession.setPermissionRequestHandler.mock.calls.length
    startUp.menusSet = Menu.setApplicationMenu.mock.calls.length
    startUp.channels = [...ipcMain.handlers.keys()].sort()
  })

  it('sets up every area before the first window, which loads app:// locked down', () => {
    expect(startUp.schemesRegistered).toBe(1)
    expect(startUp.protocolHandled).toContainEqual(['app', expect.any(Function)])
    expect(startUp.permissionHandlers).toBe(1)
    expect(startUp.menusSet).toBeGreaterThan(0)
    expect(startUp.channels).toEqual(Object.values(invokeChannels).sort())

    const [window] = FakeBrowserWindow.getAllWindows()
    expect(window.loadedUrl).toBe('app://logit-lab/index.html')
    // Security was set up first, so even the first window's contents deny new windows.
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny'
    })
    const navigation = new FakeEvent()
    window.webContents.emit('will-navigate', navigation)
    expect(navigation.defaultPrevented).toBe(true)
  })

  it("asks what to do, in the menu's language, when the first window cannot load its page", async () => {
    const [window] = FakeBrowserWindow.getAllWindows()
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    window.webContents.emit('did-fail-load', new FakeEvent(), -6, 'ERR_FILE_NOT_FOUND', '', true)
    await vi.waitFor(() => expect(dialog.open).toHaveLength(1))
    expect(dialog.open[0].options.buttons).toEqual([dialogText.en.retry, dialogText.en.quit])
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })

  it('quits when the last window closes (except on macOS)', () => {
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
