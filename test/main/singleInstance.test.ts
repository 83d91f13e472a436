// A second launch of Logit Lab does not start a second app: it hands its command line to the
// first one (Electron's 'second-instance' there) and quits before opening any window.
import { expect, it, vi } from 'vitest'
import { app, FakeBrowserWindow } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))
vi.mock('../../src/main/workerFactory', () => ({
  createTrainingWorker: vi.fn(),
  createCodecWorker: vi.fn()
}))

it('quits at once without the single-instance lock, opening no window', async () => {
  app.singleInstance = false
  await import('../../src/main/index')
  expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce()
  expect(app.quit).toHaveBeenCalledOnce()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0)
})
