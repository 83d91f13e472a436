// What goes wrong, with the real worker thread: runs that diverge, workers that break. (Bad
// requests never reach the service: IPC refuses them, see test/main/desktopTraining.test.ts.)
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { TrainingService } from '../../../src/main/training/service'
import type { TrainingFrame } from '@shared/contract'
import { toyRequest } from '../../core/runnerFakes'
import { labLog } from '../../support/labLog'
import { FrameLog, historyEpochs, logLinesOf } from './frameLog'
import { tsSourceWorker } from '../../../src/node/tsSourceWorker'
import { trainingWorkerEntry } from './trainingWorkerEntry'

const OWNER = 7
/** The epoch before which nanWorker.ts puts NaN into the weights. */
const NAN_EPOCH = 300
let service: TrainingService | null = null
let workersStarted = 0

/** A service whose n-th worker (0-based) comes from `entries[n]`, the real worker after those. */
function startService(entries: URL[] = []): { training: TrainingService; frames: FrameLog } {
  const frames = new FrameLog()
  workersStarted = 0
  const createWorker = (): Worker =>
    tsSourceWorker(entries[workersStarted++] ?? trainingWorkerEntry)
  service = new TrainingService({ createWorker, sendFrame: frames.sink })
  return { training: service, frames }
}

afterEach(async () => {
  await service?.dispose()
  service = null
})

function allFinite(frames: TrainingFrame[]): boolean {
  return frames.every(
    (frame) =>
      frame.points.cost.every(Number.isFinite) && frame.points.accuracy.every(Number.isFinite)
  )
}

describe('TrainingService when things go wrong', () => {
  it('ends a run whose float32 weights overflow (lr 1e4, unscaled data) with a diverged frame', async () => {
    const { training, frames } = startService()
    // PyTorch's BCE clamps each log at -100 and its backward zeroes the gradient of saturated
    // rows, so on data of everyday size a huge lr only saturates the model: nothing overflows.
    // With features ~1e36 the first gradient is ~-0.75e36 and the step lr * gradient = 7.5e39
    // passes float32's max (3.4e38): the weights PyTorch would hold become inf in epoch 0.
    const request = toyRequest({ optimizer: { ...toyRequest().config.optimizer, lr: 1e4 } })
    request.data.x = request.data.x.map((value) => value * 1e36)
    const result = await training.train(OWNER, request)
    if (!result.ok) throw new Error(result.error.message)
    const last = await frames.end(result.value.runId)
    // epoch 0's forward pass was finite (PyTorch prints its cost); its step overflowed
    expect(last).toMatchObject({
      state: 'diverged',
      epoch: 0,
      problem: { code: 'diverged', epoch: 0, quantity: 'weights' }
    })
    expect(last.weights.every(Number.isFinite)).toBe(true)
    expect(allFinite(frames.of(result.value.runId))).toBe(true)
  })

  it('ends a run with NaN in its weights in that epoch, with a finite history before it', async () => {
    const { training, frames } = startService([new URL('./nanWorker.ts', import.meta.url)])
    const result = await training.train(OWNER, toyRequest())
    if (!result.ok) throw new Error(result.error.message)
    const runId = result.value.runId
    const last = await frames.end(runId)
    expect(last).toMatchObject({
      state: 'diverged',
      epoch: NAN_EPOCH - 1,
      problem: { code: 'diverged', epoch: NAN_EPOCH, quantity: 'cost' }
    })
    const run = frames.of(runId)
    expect(historyEpochs(run)).toEqual(Array.from({ length: NAN_EPOCH }, (_, i) => i))
    expect(allFinite(run)).toBe(true)
    expect(logLinesOf(run)).toEqual(labLog.slice(0, 3))
  })

  it('turns a worker that throws mid-run into an error frame, and the next run works', async () => {
    const { training, frames } = startService([new URL('./throwingWorker.ts', import.meta.url)])
    const first = await training.train(OWNER, toyRequest({ epochs: 5_000_000 }))
    if (!first.ok) throw new Error(first.error.message)
    const runId = first.value.runId
    await frames.next((frame) => frame.runId === runId && frame.epoch > 0)
    await training.command(OWNER, runId, { kind: 'pause' }) // the broken worker throws on this
    const crashed = await frames.end(runId)
    const before = frames.of(runId).at(-2) as TrainingFrame
    expect(crashed).toMatchObject({
      state: 'error',
      seq: before.seq + 1,
      epoch: before.epoch,
      problem: {
        code: 'workerCrashed',
        loss: { kind: 'failed', message: 'boom: the training worker broke' }
      }
    })
    expect(crashed.weights).toEqual(before.weights)
    const second = await training.train(OWNER, toyRequest())
    if (!second.ok) throw new Error(second.error.message)
    const last = await frames.end(second.value.runId)
    expect(last.state).toBe('done')
    expect(logLinesOf(frames.of(second.value.runId)).at(-1)).toBe('Epoch 1000/1000 Cost: 0.019852')
    expect(workersStarted).toBe(2)
  })

  it('says a worker that quit mid-run exited, with its exit code, for the UI to translate', async () => {
    const { training, frames } = startService([new URL('./exitingWorker.ts', import.meta.url)])
    const first = await training.train(OWNER, toyRequest({ epochs: 5_000_000 }))
    if (!first.ok) throw new Error(first.error.message)
    const runId = first.value.runId
    await frames.next((frame) => frame.runId === runId && frame.epoch > 0)
    await training.command(OWNER, runId, { kind: 'pause' }) // the worker exits on this
    expect(await frames.end(runId)).toMatchObject({
      state: 'error',
      problem: { code: 'workerCrashed', loss: { kind: 'exited', exitCode: 3 } }
    })
    const second = await training.train(OWNER, toyRequest())
    if (!second.ok) throw new Error(second.error.message)
    expect((await frames.end(second.value.runId)).state).toBe('done')
  })

  it('turns a worker that cannot even load into an error frame, and the next run works', async () => {
    const missing = new URL('./noSuchWorker.ts', import.meta.url)
    const { training, frames } = startService([missing])
    const first = await training.train(OWNER, toyRequest())
    if (!first.ok) throw new Error(first.error.message)
    const crashed = await frames.end(first.value.runId)
    expect(crashed).toMatchObject({ state: 'error', seq: 0, problem: { code: 'workerCrashed' } })
    const second = await training.train(OWNER, toyRequest())
    if (!second.ok) throw new Error(second.error.message)
    expect((await frames.end(second.value.runId)).state).toBe('done')
  })
})
