import { describe, expect, it, vi } from 'vitest'
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
  it('sets up every area before the first window, which loads app:// locked down', async () => {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1))
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())

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
