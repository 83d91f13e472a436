// The TrainingService with the real worker thread (started from source): runs, controls, speeds
// and several runs in a row, as the desktop app drives them.
import { afterEach, describe, expect, it } from 'vitest'
import { diabetesDataset } from '../../support/diabetes'
import { TrainingService } from '../../../src/main/training/service'
import type { TrainRequest } from '@shared/contract'
import { toyRequest } from '../../core/runnerFakes'
import { labLog } from '../../support/labLog'
import { FrameLog, historyEpochs, logLinesOf, sleep } from './frameLog'
import { referenceRun } from './reference'
import { tsSourceWorker } from '../../../src/node/tsSourceWorker'
import { trainingWorkerEntry } from './trainingWorkerEntry'

const OWNER = 1
let service: TrainingService | null = null
let workersStarted = 0

function startService(): { training: TrainingService; frames: FrameLog } {
  const frames = new FrameLog()
  workersStarted = 0
  service = new TrainingService({
    createWorker: () => {
      workersStarted++
      return tsSourceWorker(trainingWorkerEntry)
    },
    sendFrame: frames.sink
  })
  return { training: service, frames }
}

afterEach(async () => {
  await service?.dispose()
  service = null
})

async function train(training: TrainingService, request: TrainRequest): Promise<string> {
  const result = await training.train(OWNER, request)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.runId
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

function diabetesRequest(): TrainRequest {
  const dataset = diabetesDataset()
  const request = toyRequest({ init: 'torch', seed: 1, epochs: 100, logEvery: 10 })
  // Fresh arrays: the service transfers them to the worker, which would empty the cached ones.
  const { x, y, featureNames } = dataset
  request.data = { ...dataset, x: x.slice(), y: y.slice(), featureNames: [...featureNames] }
  return request
}

describe('TrainingService with a real worker thread', () => {
  it('streams the lab in order: every logged epoch present and exact', async () => {
    const { training, frames } = startService()
    const runId = await train(training, toyRequest())
    const last = await frames.end(runId)
    const run = frames.of(runId)
    expect(last.state).toBe('done')
    expect(run.map((frame) => frame.seq)).toEqual(range(0, run.length - 1))
    expect(logLinesOf(run)).toEqual(labLog)
    expect(historyEpochs(run)).toEqual(range(0, 1000))
    expect(frames.received.every(({ ownerId }) => ownerId === OWNER)).toBe(true)
  })

  it('reproduces the diabetes run of the lab: Epoch  100/100 Cost: 0.481234', async () => {
    const { training, frames } = startService()
    const request = diabetesRequest()
    const expected = referenceRun(diabetesRequest())
    const runId = await train(training, request)
    const last = await frames.end(runId)
    expect(logLinesOf(frames.of(runId))).toEqual(expected.lines)
    expect(expected.lines.at(-1)).toBe('Epoch  100/100 Cost: 0.481234')
    expect(last.weights).toEqual(expected.weights)
  })

  it('pauses, stays paused, resumes, and stops at an epoch boundary without losing an epoch', async () => {
    const { training, frames } = startService()
    const request = toyRequest({ epochs: 5_000_000, logEvery: 10_000 })
    const runId = await train(training, request)
    await frames.next((frame) => frame.runId === runId && frame.epoch > 1000)
    expect(await training.command(OWNER, runId, { kind: 'pause' })).toEqual({
      ok: true,
      value: null
    })
    const paused = await frames.state(runId, 'paused')
    await sleep(300)
    expect(frames.of(runId).at(-1)).toBe(paused)
    expect(paused.epochsPerSecond).toBe(0)
    expect(await training.command(OWNER, runId, { kind: 'resume' })).toEqual({
      ok: true,
      value: null
    })
    await frames.next((frame) => frame.runId === runId && frame.epoch > paused.epoch + 1000)
    expect(await training.command(OWNER, runId, { kind: 'stop' })).toEqual({
      ok: true,
      value: null
    })
    const stopped = await frames.end(runId)
    expect(stopped.state).toBe('stopped')
    const run = frames.of(runId)
    expect(historyEpochs(run)).toEqual(range(0, stopped.epoch))
    const expectedLines = range(0, Math.floor(stopped.epoch / 10_000)).map((k) => k * 10_000)
    expect(run.flatMap((frame) => frame.logLines.map((line) => line.epoch))).toEqual(expectedLines)
    await sleep(100)
    expect(frames.of(runId).at(-1)).toBe(stopped)
  })

  it('steps exactly one epoch, then one log interval, then pauses each time', async () => {
    const { training, frames } = startService()
    const runId = await train(training, { ...toyRequest(), startPaused: true })
    const first = await frames.state(runId, 'paused')
    expect(first).toMatchObject({ seq: 0, epoch: -1 })
    await training.command(OWNER, runId, { kind: 'step', epochs: 1 })
    const one = await frames.next((frame) => frame.runId === runId && frame.state === 'paused')
    expect(one.epoch).toBe(0)
    await training.command(OWNER, runId, { kind: 'step', epochs: 100 })
    const interval = await frames.next((frame) => frame.runId === runId && frame.state === 'paused')
    expect(interval.epoch).toBe(100)
    const run = frames.of(runId)
    expect(historyEpochs(run)).toEqual(range(0, 100))
    expect(logLinesOf(run)).toEqual([
      'Epoch    0/1000 Cost: 0.693147',
      'Epoch  100/1000 Cost: 0.134722'
    ])
  })

  it('changes speed mid-run: slow motion one epoch per frame, then full speed to the end', async () => {
    const { training, frames } = startService()
    const request = toyRequest({ epochs: 200_000, logEvery: 1000 })
    const expected = referenceRun(toyRequest({ epochs: 200_000, logEvery: 1000 }))
    const runId = await train(training, {
      ...request,
      speed: { mode: 'paced', epochsPerSecond: 20 }
    })
    await frames.state(runId, 'running') // the worker is up
    await sleep(1000)
    const slow = frames.of(runId).filter((frame) => frame.points.epochs.length > 0)
    // about 20 epochs in a second, each in its own frame
    expect(slow.length).toBeGreaterThanOrEqual(10)
    expect(slow.length).toBeLessThanOrEqual(30)
    expect(slow.every((frame) => frame.points.epochs.length === 1)).toBe(true)
    expect(slow.at(-1)?.epochsPerSecond).toBeGreaterThan(10)
    expect(slow.at(-1)?.epochsPerSecond).toBeLessThan(30)
    await training.command(OWNER, runId, { kind: 'setSpeed', speed: { mode: 'max' } })
    const last = await frames.end(runId)
    expect(last.state).toBe('done')
    const run = frames.of(runId)
    expect(historyEpochs(run)).toEqual(range(0, 200_000))
    expect(logLinesOf(run)).toEqual(expected.lines)
  })

  it('stops a run, then runs a new one that completes', async () => {
    const { training, frames } = startService()
    const first = await train(training, toyRequest({ epochs: 5_000_000 }))
    await frames.next((frame) => frame.runId === first && frame.epoch > 0)
    await training.command(OWNER, first, { kind: 'stop' })
    expect((await frames.end(first)).state).toBe('stopped')
    const second = await train(training, toyRequest())
    const last = await frames.end(second)
    expect(last.state).toBe('done')
    expect(logLinesOf(frames.of(second)).at(-1)).toBe('Epoch 1000/1000 Cost: 0.019852')
    expect(workersStarted).toBe(1)
  })

  it('keeps two back-to-back runs apart: nothing of the first after the second starts', async () => {
    const { training, frames } = startService()
    const first = await train(training, toyRequest({ epochs: 5_000_000 }))
    await frames.next((frame) => frame.runId === first && frame.epoch > 0)
    const secondRequest = toyRequest({ init: 'torch', seed: 5, epochs: 3000, logEvery: 300 })
    const expected = referenceRun(
      toyRequest({ init: 'torch', seed: 5, epochs: 3000, logEvery: 300 })
    )
    const second = await train(training, secondRequest)
    const startedAt = frames.received.length
    const last = await frames.end(second)
    await sleep(200)
    const after = frames.received.slice(startedAt).map(({ frame }) => frame)
    expect(after.every((frame) => frame.runId === second)).toBe(true)
    const run = frames.of(second)
    expect(run.map((frame) => frame.seq)).toEqual(range(0, run.length - 1))
    expect(historyEpochs(run)).toEqual(range(0, 3000))
    expect(logLinesOf(run)).toEqual(expected.lines)
    expect(last.weights).toEqual(expected.weights)
    expect(await training.command(OWNER, first, { kind: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun' }
    })
  })

  it('runs 1,000,000 epochs of the lab with at most ~60 frames a second', async () => {
    const { training, frames } = startService()
    const request = toyRequest({ epochs: 1_000_000, logEvery: 100_000 })
    const expected = referenceRun(toyRequest({ epochs: 1_000_000, logEvery: 100_000 }))
    const runId = await train(training, request)
    await frames.state(runId, 'running')
    const last = await frames.end(runId)
    const run = frames.of(runId)
    const seconds = (frames.received.at(-1)!.at - frames.received[0].at) / 1000
    // a behaviour bound, not a speed target: the first and last frames come on top of the cadence
    expect(run.length).toBeLessThanOrEqual(Math.ceil(60 * seconds) + 2)
    expect(last).toMatchObject({ state: 'done', epoch: 1_000_000, downsampled: true })
    expect(logLinesOf(run)).toEqual(expected.lines)
    const points = historyEpochs(run)
    expect(points.length).toBeLessThanOrEqual(2 * 200_000 + 2 * run.length)
    expect(points.slice(0, 200_000)).toEqual(range(0, 199_999))
    expect(points.at(-1)).toBe(1_000_000)
  })

  it('keeps the runs of two windows apart', async () => {
    const { training, frames } = startService()
    const [a, b] = await Promise.all([
      training.train(1, toyRequest()),
      training.train(2, toyRequest({ epochs: 500, logEvery: 50 }))
    ])
    if (!a.ok || !b.ok) throw new Error('a run did not start')
    await Promise.all([frames.end(a.value.runId), frames.end(b.value.runId)])
    for (const { ownerId, frame } of frames.received) {
      expect(frame.runId).toBe(ownerId === 1 ? a.value.runId : b.value.runId)
    }
    expect(await training.command(1, b.value.runId, { kind: 'pause' })).toMatchObject({ ok: false })
    expect(workersStarted).toBe(2)
  })

  it('stops the run of a window that closed: no frame after', async () => {
    const { training, frames } = startService()
    const runId = await train(training, toyRequest({ epochs: 5_000_000 }))
    await frames.next((frame) => frame.runId === runId && frame.epoch > 0)
    training.disposeOwner(OWNER)
    const count = frames.received.length
    await sleep(300)
    expect(frames.received.length).toBe(count)
    expect(await training.command(OWNER, runId, { kind: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun' }
    })
    const next = await train(training, toyRequest())
    expect((await frames.end(next)).state).toBe('done')
  })
})
