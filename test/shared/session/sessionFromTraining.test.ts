// Sessions made outside the app's window (the CLI): what RunRecorder and newSession build from a
// trainer decodes, and is what the app holds after the same run through its Runner (the table,
// the settings, a run 'done' with its weights, trainer state, history and log).
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_BATCH_SIZE,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  Trainer,
  type TrainingConfig
} from '@core'
import { DEFAULT_HISTORY_CAP, HistoryBuffer } from '@core/runnerHistory'
import { Runner } from '@core/runner'
import type { RunFrame, RunRequest } from '@core/runnerTypes'
import { MAX_HISTORY_POINTS } from '@shared/limits'
import {
  boundHistory,
  continuedSession,
  decodeSession,
  encodeSession,
  newSession,
  RunRecorder,
  tableFromDataset,
  trainingFromSession,
  type Session
} from '@shared/session'
import { diabetesDataset } from '../../support/diabetes'
import { ManualClock, timedAccumulator } from '../../core/runnerFakes'
import { meta } from './documents'
import { sessionWithProblems } from './sessionFixtures'

function readBack(session: Session): Session {
  const decoded = decodeSession(encodeSession(session, meta))
  if (!decoded.ok) throw new Error(`refused: ${JSON.stringify(decoded.error)}`)
  return decoded.session
}

/** What the CLI saves: the trainer run to its end, every epoch recorded. */
function recorded(config: TrainingConfig, dataset = toyDataset()): Session {
  const trainer = Trainer.start(dataset, config)
  const recorder = new RunRecorder(trainer)
  trainer.run(Infinity, (record) => recorder.record(record))
  return newSession({ data: tableFromDataset(dataset), config, run: recorder.finish() })
}

/** What the app holds after the same run: the Runner's frames, as the renderer keeps them. */
function appRun(request: RunRequest): RunFrame[] {
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
  clock.runUntil(() => clock.idle)
  return frames
}

const series = (frames: RunFrame[], pick: (frame: RunFrame) => Float64Array): number[] =>
  frames.flatMap((frame) => Array.from(pick(frame)))

describe('newSession with RunRecorder (a session the CLI makes)', () => {
  const configs: [string, TrainingConfig][] = [
    ['the lab', labConfig],
    [
      'SGD with momentum, torch init, log every 7',
      {
        ...labConfig,
        init: 'torch',
        seed: 4,
        logEvery: 7,
        optimizer: { ...defaultSgd, momentum: 0.9, lr: 0.1 }
      }
    ],
    [
      'Adam, mini-batches of 4',
      { ...labConfig, batchSize: 4, optimizer: { ...defaultAdam, lr: 0.1 } }
    ]
  ]

  it.each(configs)('%s: decodes to what the app holds after the same run', (_, config) => {
    const dataset = toyDataset()
    const session = readBack(recorded(config, dataset))
    const frames = appRun({
      data: { ...dataset, featureNames: [...dataset.featureNames] },
      config,
      speed: { mode: 'max' }
    })
    const last = frames[frames.length - 1]
    const run = session.run
    if (run === null) throw new Error('the session has a run')

    expect(session.data).toEqual(tableFromDataset(dataset))
    expect(session.settings).toEqual({
      config,
      speed: { mode: 'max' },
      stepUnit: 'epoch',
      // The optimizer not chosen at its defaults, the mini-batch size the run's or the app's.
      otherOptimizer: config.optimizer.kind === 'sgd' ? defaultAdam : defaultSgd,
      batchSize: config.batchSize ?? DEFAULT_BATCH_SIZE
    })
    expect([run.problem, run.notice]).toEqual([null, null])
    expect([session.title, session.notes]).toEqual(['', ''])
    expect(run.state).toBe('done')
    expect(last.state).toBe('done')
    expect([run.epoch, run.totalEpochs]).toEqual([last.epoch, last.totalEpochs])
    expect([run.weights, run.bias]).toEqual([last.weights, last.bias])
    expect(run.trainer).toEqual(last.trainerState)
    expect(run.config).toEqual(config)
    expect(Array.from(run.history.epochs)).toEqual(series(frames, (f) => f.points.epochs))
    expect(Array.from(run.history.cost)).toEqual(series(frames, (f) => f.points.cost))
    expect(Array.from(run.history.accuracy)).toEqual(series(frames, (f) => f.points.accuracy))
    expect(run.history.downsampled).toBe(false)
    const lines = frames.flatMap((frame) => frame.logLines)
    expect(run.log.texts).toEqual(lines.map((line) => line.text))
    expect(Array.from(run.log.epochs)).toEqual(lines.map((line) => line.epoch))
    expect(Array.from(run.log.cost)).toEqual(lines.map((line) => line.cost))
    expect(Array.from(run.log.accuracy)).toEqual(lines.map((line) => line.accuracy))
  })

  it("past the runner's cap, keeps its min/max envelope: the curve the app draws", () => {
    const config = { ...labConfig, epochs: 300_000, logEvery: 10_000 }
    const run = readBack(recorded(config)).run
    if (run === null) throw new Error('the session has a run')
    // The runner's buffer fed the same epochs, taken once (the app takes it frame by frame,
    // which only moves where the envelope's buckets close).
    const buffer = new HistoryBuffer(DEFAULT_HISTORY_CAP, config.epochs)
    const trainer = Trainer.start(toyDataset(), config)
    trainer.run(Infinity, (r) => buffer.add(r.epoch, r.cost, r.accuracy))
    const points = buffer.take()
    expect(run.history.downsampled).toBe(true)
    expect(Array.from(run.history.epochs)).toEqual(Array.from(points.epochs))
    expect(Array.from(run.history.cost)).toEqual(Array.from(points.cost))
    expect(run.history.epochs.length).toBeLessThan(2 * DEFAULT_HISTORY_CAP)
    expect(Array.from(run.history.epochs.subarray(0, DEFAULT_HISTORY_CAP))).toEqual(
      Array.from({ length: DEFAULT_HISTORY_CAP }, (_, i) => i)
    )
    expect(run.log.texts).toHaveLength(31)
    expect(run.log.texts[30]).toMatch(/^Epoch 300000\/300000 Cost: /)
  })

  it('saves a diverged run as the app does: its state, its last finite weights, nothing to continue', () => {
    const config = { ...labConfig, optimizer: { ...defaultSgd, lr: 1e308 } }
    const run = readBack(recorded(config)).run
    expect(run?.state).toBe('diverged')
    expect(run?.trainer).toBeNull()
    expect(run?.epoch).toBe(0)
    expect(run?.weights.every(Number.isFinite)).toBe(true)
    // The status line's reason, as the app's frames give it.
    expect(run?.problem).toMatchObject({ code: 'diverged', epoch: 0 })
  })
})

describe('RunRecorder continuing a saved run', () => {
  it('appends to its history and log: together, the uninterrupted run', () => {
    const dataset = diabetesDataset()
    const config: TrainingConfig = {
      ...labConfig,
      init: 'torch',
      epochs: 120,
      logEvery: 10,
      batchSize: 64,
      optimizer: { ...defaultSgd, lr: 0.5, momentum: 0.5 }
    }
    const whole = recorded(config, dataset).run
    const first = readBack(recorded({ ...config, epochs: 47 }, dataset))
    const saved = first.run
    if (saved?.trainer == null || whole === null) throw new Error('continuable runs')
    const trainer = Trainer.resume(dataset, config, saved.trainer)
    const recorder = new RunRecorder(trainer, saved)
    trainer.run(Infinity, (record) => recorder.record(record))
    const run = recorder.finish()

    expect(run.trainer).toEqual(whole.trainer)
    expect([run.weights, run.bias, run.state, run.epoch]).toEqual([
      whole.weights,
      whole.bias,
      'done',
      120
    ])
    expect(run.history).toEqual(whole.history)
    expect(Array.from(run.log.epochs)).toEqual(Array.from(whole.log.epochs))
    expect(Array.from(run.log.cost)).toEqual(Array.from(whole.log.cost))
    // Each line as it was printed: the first part's with its own N.
    expect(run.log.texts.slice(0, 5)).toEqual(
      whole.log.texts.slice(0, 5).map((t) => t.replace('/120', '/47'))
    )
    expect(run.log.texts.slice(5)).toEqual(whole.log.texts.slice(5))
  })
})

describe('boundHistory', () => {
  it("halves by the renderer's rule until the points fit, keeping each four's lowest and highest cost", () => {
    const n = 20
    const cost = Float64Array.from({ length: n }, (_, i) => Math.sin(i) + i / 10)
    const history = {
      epochs: Float64Array.from({ length: n }, (_, i) => i),
      cost,
      accuracy: Float64Array.from({ length: n }, (_, i) => i / n),
      downsampled: false
    }
    expect(boundHistory(history, 20)).toBe(history)
    const bounded = boundHistory(history, 9)
    expect(bounded.downsampled).toBe(true)
    expect(bounded.epochs.length).toBeLessThanOrEqual(9)
    expect(Math.min(...bounded.cost)).toBe(Math.min(...cost))
    expect(Math.max(...bounded.cost)).toBe(Math.max(...cost))
    const epochs = Array.from(bounded.epochs)
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b))
    epochs.forEach((epoch, k) => {
      expect(bounded.cost[k]).toBe(cost[epoch])
      expect(bounded.accuracy[k]).toBe(epoch / n)
    })
  })

  it('keeps a run continued far within MAX_HISTORY_POINTS, its last epoch included', () => {
    const config = { ...labConfig, epochs: 300_000, logEvery: 100_000 }
    const saved = recorded(config).run
    if (saved?.trainer == null) throw new Error('a continuable run')
    const trainer = Trainer.resume(toyDataset(), { ...config, epochs: 600_000 }, saved.trainer)
    const recorder = new RunRecorder(trainer, saved)
    trainer.run(Infinity, (record) => recorder.record(record))
    const { history } = recorder.finish()
    expect(saved.history.epochs.length + 300_000).toBeGreaterThan(MAX_HISTORY_POINTS)
    expect(history.epochs.length).toBeLessThanOrEqual(MAX_HISTORY_POINTS)
    expect(history.downsampled).toBe(true)
    expect(history.epochs[0]).toBe(0)
    expect(history.epochs[history.epochs.length - 1]).toBe(600_000)
  })
})

describe('continuedSession', () => {
  const saved = recorded({ ...labConfig, epochs: 100 })
  const state = saved.run?.trainer
  if (!state) throw new Error('a continuable run')
  const trainer = Trainer.resume(toyDataset(), { ...labConfig, epochs: 300 }, state)
  trainer.run(Infinity, () => {})
  const run = new RunRecorder(trainer, saved.run).finish()

  it('keeps the table and notes; the settings follow the run where they were its own', () => {
    const next = continuedSession({ ...saved, notes: 'task 1' }, run)
    expect(next.data).toBe(saved.data)
    expect(next.notes).toBe('task 1')
    expect(next.settings.config.epochs).toBe(300)
    expect(next.run).toBe(run)
    expect(continuedSession(saved, run, 'Week 3').title).toBe('Week 3')
  })

  it('keeps settings the student changed in the app since the run', () => {
    const changed = {
      ...saved,
      settings: { ...saved.settings, config: { ...labConfig, threshold: 0.7 } }
    }
    expect(continuedSession(changed, run).settings).toBe(changed.settings)
  })
})

describe('trainingFromSession', () => {
  it("trains on the table and the run's config, continuing its state", () => {
    const session = readBack(recorded({ ...labConfig, epochs: 20 }))
    const training = trainingFromSession(session)
    expect(training.ok).toBe(true)
    if (!training.ok) return
    expect(training.dataset).toEqual(toyDataset())
    expect(training.config).toEqual(session.run?.config)
    expect(training.resumeFrom).toEqual(session.run?.trainer)
  })

  it('refuses a table with invalid cells, naming the first row and column, and counting them', () => {
    const training = trainingFromSession(sessionWithProblems())
    expect(training).toEqual({
      ok: false,
      problem: {
        code: 'invalidTable',
        // row 1, x2: emptied; then x1 "abc" (row 2), x2 "inf" (row 3), the label 2 (row 6)
        issue: { code: 'notANumber', severity: 'error', row: 0, column: 1, value: '' },
        problems: 4
      }
    })
  })

  it('refuses a table whose feature count changed after the run', () => {
    const session = recorded({ ...labConfig, epochs: 5 })
    const wider = tableFromDataset({
      ...toyDataset(),
      cols: 1,
      x: Float64Array.from([1, 2, 3, 4, 5, 6]),
      featureNames: ['x1']
    })
    expect(trainingFromSession({ ...session, data: wider })).toEqual({
      ok: false,
      problem: { code: 'featureCount', table: 1, run: 2 }
    })
  })
})
