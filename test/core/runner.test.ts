import { describe, expect, it } from 'vitest'
import { accumulate, defaultSgd, SUM_LOSS, Trainer, toyDataset, type BatchAccumulator } from '@core'
import { Runner, type RunnerOptions } from '@core/runner'
import type { RunFrame, RunRequest } from '@core/runnerTypes'
import { historyOf, logTextOf, ManualClock, timedAccumulator, toyRequest } from './runnerFakes'
import { labLog } from '../support/labLog'
import { toyRow3Seven } from '../support/chaoticData'

/** A runner on a manual clock where each epoch takes `msPerEpoch`. */
function startRunner(request: RunRequest, options: Partial<RunnerOptions> = {}, msPerEpoch = 0.01) {
  const clock = new ManualClock()
  const frames: RunFrame[] = []
  const postedAt: number[] = []
  const runner = new Runner({
    runId: 'run-1',
    request,
    clock,
    accumulator: timedAccumulator(request, clock, msPerEpoch),
    post: (frame) => {
      frames.push(frame)
      postedAt.push(clock.time)
    },
    ...options
  })
  runner.start()
  const last = (): RunFrame => frames[frames.length - 1]
  /** Runs until a new frame in `state` arrives. */
  const runUntilState = (state: RunFrame['state']): void => {
    const seen = frames.length
    clock.runUntil(() => frames.length > seen && last().state === state)
  }
  return { runner, clock, frames, postedAt, last, runUntilState }
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('Runner', () => {
  it('reproduces the lab: every logged line exact, ending Epoch 1000/1000 Cost: 0.019852', () => {
    const { frames, clock } = startRunner(toyRequest())
    clock.runUntil(() => clock.idle)
    expect(frames.map((frame) => frame.seq)).toEqual(range(0, frames.length - 1))
    expect(frames.at(-1)?.state).toBe('done')
    expect(frames.at(-1)?.epoch).toBe(1000)
    expect(logTextOf(frames)).toEqual(labLog)
    expect(historyOf(frames).epochs).toEqual(range(0, 1000))
    expect(clock.closed).toBe(true)
  })

  it('logs exactly the epochs the lab prints (epoch % k == 0), none extra for a last one off the grid', () => {
    const { frames, clock } = startRunner(toyRequest({ epochs: 25, logEvery: 10 }))
    clock.runUntil(() => clock.idle)
    expect(frames.at(-1)).toMatchObject({ state: 'done', epoch: 25 })
    expect(logTextOf(frames).map((line) => line.slice(0, 13))).toEqual([
      'Epoch    0/25',
      'Epoch   10/25',
      'Epoch   20/25'
    ])
  })

  it('says on every frame from its detection on that a chaotic run cannot agree with PyTorch', () => {
    const data = toyRow3Seven()
    const request = { ...toyRequest(), data: { ...data, featureNames: [...data.featureNames] } }
    // slow motion: one epoch per frame, so the notice's first frame is the epoch it was found
    const { frames, clock } = startRunner({
      ...request,
      speed: { mode: 'paced', epochsPerSecond: 60 }
    })
    clock.runUntil(() => frames.at(-1)?.state === 'running' && (frames.at(-1)?.epoch ?? 0) >= 30)
    const first = frames.findIndex((frame) => frame.notice !== undefined)
    expect(frames[first].epoch).toBe(21)
    expect(frames.slice(0, first).every((frame) => frame.notice === undefined)).toBe(true)
    for (const frame of frames.slice(first)) {
      expect(frame.notice).toEqual({ code: 'chaotic', epoch: 21 })
    }
    expect(frames.at(-1)?.state).toBe('running') // a notice, not a problem: the run trains on
  })

  it('gives no notice on a calm run (the lab)', () => {
    const { frames, clock } = startRunner(toyRequest())
    clock.runUntil(() => clock.idle)
    expect(frames.at(-1)?.state).toBe('done')
    expect(frames.some((frame) => frame.notice !== undefined)).toBe(false)
  })

  it('posts the initial weights before the first epoch, and no per-row probabilities', () => {
    const { frames } = startRunner(toyRequest())
    expect(frames).toHaveLength(1)
    const [first] = frames
    expect(first).toMatchObject({ seq: 0, state: 'running', epoch: -1, weights: [0, 0], bias: 0 })
    expect(first.points.epochs).toHaveLength(0)
    // The renderer computes H(x) for the rows it shows; frames do not carry them.
    expect(Object.keys(first)).not.toContain('probabilities')
  })

  it('keeps the same history and lines as an uninterrupted trainer, whatever the slicing', () => {
    const request = toyRequest({ epochs: 5000, logEvery: 250, init: 'torch', seed: 7 })
    const { frames, clock } = startRunner(request, {}, 0.2)
    clock.runUntil(() => clock.idle)
    const trainer = Trainer.start(toyDataset(), request.config)
    const costs: number[] = []
    trainer.run(Infinity, (record) => costs.push(record.cost))
    expect(historyOf(frames).cost).toEqual(costs)
    expect(frames.at(-1)?.weights).toEqual(trainer.weights)
    expect(frames.at(-1)?.bias).toBe(trainer.bias)
    expect(frames.length).toBeGreaterThan(10)
  })

  it('coalesces epochs into at most one frame per interval while running', () => {
    const interval = 1000 / 60
    const { frames, postedAt, clock } = startRunner(toyRequest({ epochs: 100_000 }), {}, 0.05)
    clock.runUntil(() => clock.idle)
    const running = postedAt.filter((_, i) => frames[i].state === 'running')
    for (let i = 1; i < running.length; i++) {
      expect(running[i] - running[i - 1]).toBeGreaterThanOrEqual(interval)
    }
    expect(frames.length).toBeLessThan(100_000 / 20)
    expect(historyOf(frames).epochs).toEqual(range(0, 100_000))
  })

  it('starts paused when asked, steps exactly N epochs, then pauses again', () => {
    const { frames, clock, runner, last, runUntilState } = startRunner({
      ...toyRequest(),
      startPaused: true
    })
    expect(last()).toMatchObject({ state: 'paused', epoch: -1 })
    expect(clock.idle).toBe(true)
    runner.command({ kind: 'step', epochs: 5 })
    runUntilState('paused')
    expect(last().epoch).toBe(4)
    expect(historyOf(frames).epochs).toEqual(range(0, 4))
    expect(clock.idle).toBe(true)
    runner.command({ kind: 'step', epochs: 100 })
    clock.runNext()
    runUntilState('paused')
    expect(last().epoch).toBe(104)
    expect(logTextOf(frames)).toEqual([
      'Epoch    0/1000 Cost: 0.693147',
      'Epoch  100/1000 Cost: 0.134722'
    ])
    runner.command({ kind: 'resume' })
    runUntilState('done')
    expect(historyOf(frames).epochs).toEqual(range(0, 1000))
  })

  it('pauses at an epoch boundary and resumes without losing or repeating an epoch', () => {
    const { frames, clock, runner, last, runUntilState } = startRunner(
      toyRequest({ epochs: 20_000 })
    )
    clock.runUntil(() => frames.length >= 3)
    runner.command({ kind: 'pause' })
    expect(last().state).toBe('paused')
    const pausedAt = last().epoch
    expect(pausedAt).toBeGreaterThan(0)
    expect(pausedAt).toBeLessThan(20_000)
    expect(clock.idle).toBe(true)
    expect(last().epochsPerSecond).toBe(0)
    runner.command({ kind: 'resume' })
    runUntilState('done')
    expect(historyOf(frames).epochs).toEqual(range(0, 20_000))
  })

  it('carries the trainer state when it pauses, and a run resumed from it equals one that never paused', () => {
    const optimizer = { ...defaultSgd, momentum: 0.9, lr: 0.1 }
    const request = toyRequest({
      epochs: 30_000,
      init: 'torch',
      seed: 5,
      logEvery: 2500,
      optimizer
    })
    const paused = startRunner(request)
    paused.clock.runUntil(() => paused.frames.length >= 3)
    expect(paused.last().trainerState).toBeUndefined() // running frames carry none
    paused.runner.command({ kind: 'pause' })
    const state = paused.last().trainerState
    if (!state) throw new Error('a paused frame carries the trainer state')
    expect(state.epoch).toBe(paused.last().epoch + 1)
    const resumed = startRunner({ ...request, resumeFrom: state })
    resumed.clock.runUntil(() => resumed.clock.idle)
    const whole = startRunner(request)
    whole.clock.runUntil(() => whole.clock.idle)
    expect([...logTextOf(paused.frames), ...logTextOf(resumed.frames)]).toEqual(
      logTextOf(whole.frames)
    )
    expect(resumed.last().weights).toEqual(whole.last().weights)
    expect(resumed.last().trainerState).toEqual(whole.last().trainerState)
    expect(whole.last()).toMatchObject({ state: 'done', trainerState: { epoch: 30_001 } })
  })

  it('answers a snapshot command with a frame carrying the state, and keeps running', () => {
    const { frames, clock, runner, last } = startRunner(toyRequest({ epochs: 50_000 }))
    clock.runUntil(() => frames.length >= 2)
    runner.command({ kind: 'snapshot' })
    expect(last().state).toBe('running')
    expect(last().trainerState?.epoch).toBe(last().epoch + 1)
    expect(last().trainerState?.params.slice(0, 2)).toEqual(last().weights)
    clock.runUntil(() => last().state === 'done')
    expect(historyOf(frames).epochs).toEqual(range(0, 50_000))
  })

  it('stops with a stopped frame and takes no command afterwards', () => {
    const { frames, clock, runner, last } = startRunner(toyRequest({ epochs: 50_000 }))
    clock.runUntil(() => frames.length >= 2)
    runner.command({ kind: 'stop' })
    expect(last().state).toBe('stopped')
    expect(clock.closed).toBe(true)
    const count = frames.length
    runner.command({ kind: 'resume' })
    runner.command({ kind: 'step', epochs: 3 })
    clock.runUntil(() => clock.idle)
    expect(frames).toHaveLength(count)
    expect(historyOf(frames).epochs).toEqual(range(0, last().epoch))
  })

  it('paces epochs in slow motion, one per frame, and speeds up mid-run', () => {
    const { frames, clock, runner, last, runUntilState } = startRunner(
      toyRequest({ epochs: 1000 }, { mode: 'paced', epochsPerSecond: 10 })
    )
    clock.advanceTo(1000)
    // epoch k is due at k / 10 s: epochs 0..10 by t = 1 s (give or take the last one)
    expect(last().epoch).toBeGreaterThanOrEqual(9)
    expect(last().epoch).toBeLessThanOrEqual(10)
    for (const frame of frames.slice(1)) expect(frame.points.epochs).toHaveLength(1)
    expect(last().epochsPerSecond).toBeGreaterThan(8)
    expect(last().epochsPerSecond).toBeLessThan(12)
    runner.command({ kind: 'setSpeed', speed: { mode: 'max' } })
    const before = clock.time
    runUntilState('done')
    expect(clock.time - before).toBeLessThan(1000)
    expect(historyOf(frames).epochs).toEqual(range(0, 1000))
  })

  it('catches up after a late tick in slow motion one epoch, and one frame, at a time', () => {
    const { frames, clock, last } = startRunner(
      toyRequest({ epochs: 1000 }, { mode: 'paced', epochsPerSecond: 20 })
    )
    clock.advanceTo(200) // epochs 0..4, one a frame
    const before = last().epoch
    clock.spend(120) // the machine was busy: the next tick comes 120 ms (2+ epochs) late
    clock.advanceTo(clock.time + 1)
    // By t = 321 ms epochs 0..6 are due: the missed ones come at once, each in its own frame.
    expect(last().epoch).toBe(6)
    expect(last().epoch).toBeGreaterThan(before + 1)
    for (const frame of frames.slice(1)) expect(frame.points.epochs).toHaveLength(1)
  })

  it('slows down mid-run when the speed changes to paced', () => {
    const { frames, clock, runner, last } = startRunner(toyRequest({ epochs: 1_000_000 }))
    clock.runUntil(() => frames.length >= 2)
    runner.command({ kind: 'setSpeed', speed: { mode: 'paced', epochsPerSecond: 2 } })
    const from = last().epoch
    clock.advanceTo(clock.time + 2000)
    // at 2 epochs a second, 2 s make 4 or 5 epochs (the first runs at once)
    expect(last().epoch - from).toBeGreaterThanOrEqual(4)
    expect(last().epoch - from).toBeLessThanOrEqual(5)
  })

  it('ends a run in the epoch it diverged, with no non-finite value in its history', () => {
    let calls = 0
    const data = toyDataset()
    const rows = { x: data.x, y: data.y, d: data.cols }
    // The kernel's sums for 7 epochs, then a non-finite loss: as if the cost overflowed.
    const accumulator: BatchAccumulator = {
      accumulate(params, threshold, sums) {
        accumulate(rows, params, threshold, null, 0, data.rows, sums)
        if (++calls > 7) sums[SUM_LOSS] = Number.POSITIVE_INFINITY
      }
    }
    const { frames, clock, last } = startRunner(toyRequest({ epochs: 100, logEvery: 1 }), {
      accumulator
    })
    clock.runUntil(() => clock.idle)
    expect(last()).toMatchObject({
      state: 'diverged',
      epoch: 6,
      problem: { code: 'diverged', epoch: 7, quantity: 'cost' }
    })
    const history = historyOf(frames)
    expect(history.epochs).toEqual(range(0, 6))
    expect(history.cost.every(Number.isFinite)).toBe(true)
    expect(logTextOf(frames)).toHaveLength(7)
    expect(last().weights.every(Number.isFinite)).toBe(true)
    expect(last().trainerState).toBeUndefined() // a diverged run cannot be continued
  })

  it('ends with a diverged frame when lr 1e4 overflows float32 weights on unscaled data', () => {
    // BCE clamps its logs and zeroes saturated gradients, so cost and gradients stay finite
    // for any data PyTorch can hold; the weights overflow when lr * gradient > float32's max:
    // features ~1e36 give a first gradient of -0.75e36, times 1e4 is 7.5e39.
    const request = toyRequest({ optimizer: { ...toyRequest().config.optimizer, lr: 1e4 } })
    request.data.x = request.data.x.map((value) => value * 1e36)
    const { frames, clock, last } = startRunner(request)
    clock.runUntil(() => clock.idle)
    // epoch 0's forward pass was finite (PyTorch prints its cost); its step overflowed
    expect(last()).toMatchObject({
      state: 'diverged',
      epoch: 0,
      problem: { code: 'diverged', epoch: 0, quantity: 'weights' }
    })
    expect(last().weights.every(Number.isFinite)).toBe(true)
    expect(historyOf(frames).epochs).toEqual([0])
    expect(logTextOf(frames)).toEqual(['Epoch    0/1000 Cost: 0.693147'])
  })

  it('ends with a diverged frame when NaN gets into the weights mid-run', () => {
    const request = toyRequest()
    const { x, y, cols, rows } = request.data
    let calls = 0
    const accumulator: BatchAccumulator = {
      accumulate(params, threshold, sums) {
        if (++calls === 301) params[0] = Number.NaN // the weights before epoch 300's forward
        accumulate({ x, y, d: cols }, params, threshold, null, 0, rows, sums)
      }
    }
    const { frames, clock, last } = startRunner(request, { accumulator })
    clock.runUntil(() => clock.idle)
    expect(last()).toMatchObject({
      state: 'diverged',
      epoch: 299,
      problem: { code: 'diverged', epoch: 300, quantity: 'cost' }
    })
    const history = historyOf(frames)
    expect(history.epochs).toEqual(range(0, 299))
    expect(history.cost.every(Number.isFinite)).toBe(true)
    expect(logTextOf(frames)).toEqual(labLog.slice(0, 3))
  })

  it('beyond the history cap streams each bucket as its min and max, lines still exact', () => {
    const cap = 100
    const epochs = 10_099
    const request = toyRequest({ epochs, logEvery: 1000, init: 'torch', seed: 3 })
    // One frame at the end, so every bucket is whole.
    const { frames, clock } = startRunner(request, { historyCap: cap, frameIntervalMs: 1e12 }, 0)
    clock.runUntil(() => clock.idle)
    const reference: number[] = []
    const lines: string[] = []
    Trainer.start(toyDataset(), request.config).run(Infinity, (record) => {
      reference.push(record.cost)
      if (record.epoch % 1000 === 0) lines.push(String(record.epoch))
    })
    expect(frames.at(-1)?.downsampled).toBe(true)
    const history = historyOf(frames)
    expect(history.epochs.slice(0, cap)).toEqual(range(0, cap - 1))
    expect(history.cost.slice(0, cap)).toEqual(reference.slice(0, cap))
    const envelopeEpochs = history.epochs.slice(cap)
    const envelopeCosts = history.cost.slice(cap)
    expect(envelopeEpochs.length).toBeLessThanOrEqual(cap + 2)
    expect(envelopeEpochs.length % 2).toBe(0)
    for (let i = 0; i < envelopeEpochs.length; i += 2) {
      const [first, lastEpoch] = [envelopeEpochs[i], envelopeEpochs[i + 1]]
      const bucket = reference.slice(first, lastEpoch + 1)
      expect([envelopeCosts[i], envelopeCosts[i + 1]].sort()).toEqual(
        [Math.min(...bucket), Math.max(...bucket)].sort()
      )
      if (i > 0) expect(first).toBe(envelopeEpochs[i - 1] + 1)
    }
    expect(envelopeEpochs[0]).toBe(cap)
    expect(envelopeEpochs.at(-1)).toBe(epochs)
    expect(frames.flatMap((frame) => frame.logLines.map((line) => String(line.epoch)))).toEqual(
      lines
    )
  })

  it('ends with an error frame when training throws', () => {
    const accumulator: BatchAccumulator = {
      accumulate() {
        throw new Error('a thread of the pool died')
      }
    }
    const { clock, last } = startRunner(toyRequest(), { accumulator })
    clock.runUntil(() => clock.idle)
    expect(last()).toMatchObject({
      state: 'error',
      problem: {
        code: 'workerCrashed',
        loss: { kind: 'failed', message: 'a thread of the pool died' }
      }
    })
  })

  it('ends at once with a done frame when a resumed run is already complete', () => {
    const request = toyRequest({ epochs: 10 })
    const trainer = Trainer.start(toyDataset(), request.config)
    trainer.run(Infinity, () => undefined)
    const { frames, clock } = startRunner({ ...request, resumeFrom: trainer.snapshot() })
    expect(frames).toHaveLength(1)
    expect(frames[0]).toMatchObject({ state: 'done', epoch: 10 })
    expect(clock.idle).toBe(true)
  })
})
