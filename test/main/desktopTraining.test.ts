// The desktop shell and the real TrainingService together, with a real worker thread: a request
// goes in through the IPC handler, frames come back to the window that asked, and only to it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { stubDocuments } from './support/documentStub'
import { setupIpc } from '../../src/main/ipc'
import type { TrainingService } from '../../src/main/training/service'
import { setupTraining } from '../../src/main/trainingBridge'
import { createMainWindow } from '../../src/main/window'
import { Trainer, toyDataset } from '@core'
import { eventChannels, invokeChannels } from '@shared/channels'
import type { ApiResult, TrainingFrame } from '@shared/contract'
import { labRequest } from '../shared/contractArbitraries'
import {
  app,
  FakeEvent,
  invokeEvent,
  ipcMain,
  resetElectron,
  type FakeBrowserWindow
} from './support/electronMock'
import { tsSourceWorker } from '../../src/node/tsSourceWorker'
import { trainingWorkerEntry } from './training/trainingWorkerEntry'

vi.mock('electron', () => import('./support/electronMock'))

const labLog = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]

let service: TrainingService
let window: FakeBrowserWindow
/** Every worker thread the service started, and whether it has exited. */
let workers: { exited: boolean }[]

beforeEach(() => {
  resetElectron()
  workers = []
  service = setupTraining(() => {
    const worker = tsSourceWorker(trainingWorkerEntry)
    const record = { exited: false }
    worker.once('exit', () => (record.exited = true))
    workers.push(record)
    return worker
  })
  setupIpc(service, { setPreferences: vi.fn(), locale: () => 'en' }, stubDocuments())
  window = createMainWindow() as unknown as FakeBrowserWindow
})

afterEach(async () => {
  await service.dispose()
  resetElectron()
})

function framesOf(target: FakeBrowserWindow): TrainingFrame[] {
  return target.webContents.sent
    .filter(({ channel }) => channel === eventChannels.onFrame)
    .map(({ payload }) => payload as TrainingFrame)
}

function request(
  target: FakeBrowserWindow,
  method: keyof typeof invokeChannels,
  payload: unknown
): Promise<ApiResult<unknown>> {
  return ipcMain.invoke(
    invokeChannels[method],
    invokeEvent(target.webContents),
    payload
  ) as Promise<ApiResult<unknown>>
}

describe('training in the desktop shell', () => {
  it("runs the lab to 'done' with every logged epoch, framed to the calling window only", async () => {
    const bystander = createMainWindow() as unknown as FakeBrowserWindow
    const started = await request(window, 'train', labRequest())
    expect(started).toMatchObject({ ok: true, value: { runId: expect.any(String) } })
    await vi.waitFor(() => expect(framesOf(window).at(-1)?.state).toBe('done'), { timeout: 30_000 })
    const frames = framesOf(window)
    expect(frames.flatMap((frame) => frame.logLines.map((line) => line.epoch))).toEqual(labLog)
    expect(frames.at(-1)?.logLines.at(-1)?.text).toBe('Epoch 1000/1000 Cost: 0.019852')
    expect(framesOf(bystander)).toEqual([])
  })

  it('refuses bad data naming the row and column, and starts no worker', async () => {
    const bad = labRequest()
    bad.data.x[3 * 2] = Number.POSITIVE_INFINITY
    const result = await request(window, 'train', bad)
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalidData', field: 'data.x[3][0]' }
    })
    expect(result.ok ? '' : result.error.message).toMatch(/^row 3, column 0: /)
    expect(workers).toHaveLength(0)
    expect(framesOf(window)).toHaveLength(0)
  })

  it('refuses a saved state with NaN weights before anything starts', async () => {
    const trainer = Trainer.start(toyDataset(), labRequest().config)
    trainer.run(10, () => undefined)
    const resumeFrom = trainer.snapshot()
    resumeFrom.params[1] = Number.NaN
    expect(await request(window, 'train', { ...labRequest(), resumeFrom })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'resumeFrom.params[1]' }
    })
    expect(workers).toHaveLength(0)
    expect(framesOf(window)).toHaveLength(0)
  })

  it("lets no other window control a window's run", async () => {
    const other = createMainWindow() as unknown as FakeBrowserWindow
    const paced = { ...labRequest(), speed: { mode: 'paced', epochsPerSecond: 5 } }
    const started = (await request(window, 'train', paced)) as {
      ok: true
      value: { runId: string }
    }
    const { runId } = started.value
    expect(await request(other, 'command', { runId, command: { kind: 'pause' } })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun' }
    })
    expect(await request(window, 'command', { runId, command: { kind: 'pause' } })).toEqual({
      ok: true,
      value: null
    })
    await vi.waitFor(() => expect(framesOf(window).at(-1)?.state).toBe('paused'), {
      timeout: 10_000
    })
  })

  it('ends the run, worker and all, when its window closes', async () => {
    const paced = { ...labRequest(), speed: { mode: 'paced', epochsPerSecond: 20 } }
    await request(window, 'train', paced)
    await vi.waitFor(() => expect(framesOf(window).length).toBeGreaterThan(1), { timeout: 10_000 })
    expect(workers).toEqual([{ exited: false }])
    window.close()
    await vi.waitFor(() => expect(workers).toEqual([{ exited: true }]), { timeout: 10_000 })
  })

  it('ends every run when the app quits', async () => {
    const other = createMainWindow() as unknown as FakeBrowserWindow
    const paced = { ...labRequest(), speed: { mode: 'paced', epochsPerSecond: 20 } }
    await request(window, 'train', paced)
    await request(other, 'train', paced)
    await vi.waitFor(() => expect(framesOf(other).length).toBeGreaterThan(1), { timeout: 10_000 })
    expect(workers).toHaveLength(2)
    app.emit('will-quit', new FakeEvent())
    await vi.waitFor(() => expect(workers.every((worker) => worker.exited)).toBe(true), {
      timeout: 10_000
    })
  })
})
