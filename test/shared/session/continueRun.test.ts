// Why a session keeps the trainer's state: a run saved at epoch k, read back and continued, ends
// exactly as the run that never stopped (every cost and the final weights equal, not close).
import { describe, expect, it } from 'vitest'
import {
  defaultAdam,
  defaultSgd,
  labConfig,
  MersenneTwister,
  Trainer,
  type EpochRecord,
  type TrainerState,
  type TrainingConfig
} from '@core'
import { Runner } from '@core/runner'
import type { RunFrame, RunRequest } from '@core/runnerTypes'
import { decodeSession, encodeSession, type Session } from '@shared/session'
import { diabetesDataset } from '../../support/diabetes'
import { logTextOf, ManualClock, timedAccumulator, toyRequest } from '../../core/runnerFakes'
import { meta } from './documents'
import { datasetOf, sessionOf, trainedSession } from './sessionFixtures'

function readBack(session: Session): Session {
  const decoded = decodeSession(encodeSession(session, meta))
  if (!decoded.ok) throw new Error(`refused: ${JSON.stringify(decoded.error)}`)
  return decoded.session
}

function records(trainer: Trainer): EpochRecord[] {
  const out: EpochRecord[] = []
  trainer.run(Infinity, (record) => out.push(record))
  return out
}

const base: TrainingConfig = { ...labConfig, init: 'torch', seed: 3, epochs: 120, logEvery: 10 }

const cases: [string, TrainingConfig][] = [
  [
    'SGD with Nesterov momentum',
    { ...base, optimizer: { ...defaultSgd, lr: 0.1, momentum: 0.9, nesterov: true } }
  ],
  [
    'Adam with weight decay',
    { ...base, optimizer: { ...defaultAdam, lr: 0.01, weightDecay: 0.01 } }
  ],
  [
    'mini-batches of 64 (the seeded shuffle), SGD with momentum',
    { ...base, batchSize: 64, optimizer: { ...defaultSgd, lr: 0.5, momentum: 0.5, dampening: 0.1 } }
  ]
]

describe('a run saved in a session continues exactly', () => {
  it.each(cases)('%s: Trainer.resume from the decoded state', (_, config) => {
    const dataset = diabetesDataset()
    const whole = Trainer.start(dataset, config)
    const wholeRecords = records(whole)

    const saved = readBack(trainedSession(dataset, config, 47))
    const run = saved.run
    if (!run?.trainer) throw new Error('the saved run keeps its trainer state')
    const resumed = Trainer.resume(datasetOf(saved.data), run.config, run.trainer)
    const rest = records(resumed)

    expect([...Array.from(run.history.cost), ...rest.map((r) => r.cost)]).toEqual(
      wholeRecords.map((r) => r.cost)
    )
    expect([...Array.from(run.history.epochs), ...rest.map((r) => r.epoch)]).toEqual(
      wholeRecords.map((r) => r.epoch)
    )
    expect(resumed.weights).toEqual(whole.weights)
    expect(resumed.bias).toBe(whole.bias)
    expect(resumed.snapshot()).toEqual(whole.snapshot())
  })

  it('needs every part of the saved state: without the generator or the momentum it drifts', () => {
    const [, , [, miniBatch]] = cases
    const dataset = diabetesDataset()
    const wholeCosts = records(Trainer.start(dataset, miniBatch)).map((r) => r.cost)
    const run = readBack(trainedSession(dataset, miniBatch, 47)).run
    if (!run?.trainer) throw new Error('the saved run keeps its trainer state')
    const continued = (state: TrainerState): number[] => [
      ...Array.from(run.history.cost),
      ...records(Trainer.resume(dataset, miniBatch, state)).map((r) => r.cost)
    ]
    expect(continued(run.trainer)).toEqual(wholeCosts)
    const reseeded = { ...run.trainer, rng: new MersenneTwister(miniBatch.seed).snapshot() }
    expect(continued(reseeded)).not.toEqual(wholeCosts)
    const noMomentum = { ...run.trainer, optimizer: { kind: 'sgd' as const, momentumBuffer: null } }
    expect(continued(noMomentum)).not.toEqual(wholeCosts)
  })

  it('through the Runner: resumeFrom the decoded state logs the lines the uninterrupted run logs', () => {
    const optimizer = { ...defaultSgd, lr: 0.1, momentum: 0.9 }
    const request = toyRequest({
      epochs: 20_000,
      init: 'torch',
      seed: 5,
      logEvery: 1000,
      optimizer
    })

    const whole = startRunner(request)
    whole.clock.runUntil(() => whole.clock.idle)

    const paused = startRunner(request)
    paused.clock.runUntil(() => paused.frames.length >= 3)
    paused.runner.command({ kind: 'pause' })
    const saved = readBack(sessionFromFrames(request, paused.frames))
    const run = saved.run
    if (!run?.trainer) throw new Error('a paused run keeps its trainer state')
    expect(run.epoch).toBeGreaterThan(0)
    expect(run.epoch).toBeLessThan(20_000)

    const dataset = datasetOf(saved.data)
    const resumed = startRunner({
      data: { ...dataset, featureNames: [...dataset.featureNames] },
      config: run.config,
      speed: saved.settings.speed,
      resumeFrom: run.trainer
    })
    resumed.clock.runUntil(() => resumed.clock.idle)

    expect([...run.log.texts, ...logTextOf(resumed.frames)]).toEqual(logTextOf(whole.frames))
    expect(resumed.frames.at(-1)?.weights).toEqual(whole.frames.at(-1)?.weights)
    expect(resumed.frames.at(-1)?.trainerState).toEqual(whole.frames.at(-1)?.trainerState)
  })
})

function startRunner(request: RunRequest) {
  const clock = new ManualClock()
  const frames: RunFrame[] = []
  const runner = new Runner({
    runId: 'run-1',
    request,
    clock,
    accumulator: timedAccumulator(request, clock, 0.01),
    post: (frame) => frames.push(frame)
  })
  runner.start()
  return { runner, clock, frames }
}

/** What the UI saves of a run it received as frames (the last one paused, with its state). */
function sessionFromFrames(request: RunRequest, frames: RunFrame[]): Session {
  const last = frames[frames.length - 1]
  const series = (pick: (frame: RunFrame) => Float64Array) =>
    Float64Array.from(frames.flatMap((f) => Array.from(pick(f))))
  const lines = frames.flatMap((frame) => frame.logLines)
  const { x, y, rows, cols, featureNames } = request.data
  return {
    ...sessionOf({ x, y, rows, cols, featureNames }, request.config),
    run: {
      config: request.config,
      state: 'paused',
      epoch: last.epoch,
      totalEpochs: last.totalEpochs,
      weights: last.weights,
      bias: last.bias,
      trainer: last.trainerState ?? null,
      problem: null,
      notice: last.notice ?? null,
      history: {
        epochs: series((frame) => frame.points.epochs),
        cost: series((frame) => frame.points.cost),
        accuracy: series((frame) => frame.points.accuracy),
        downsampled: last.downsampled
      },
      log: {
        epochs: Float64Array.from(lines, (line) => line.epoch),
        cost: Float64Array.from(lines, (line) => line.cost),
        accuracy: Float64Array.from(lines, (line) => line.accuracy),
        texts: lines.map((line) => line.text)
      }
    }
  }
}
