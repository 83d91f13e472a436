// RunSession: one window's run and the worker that trains it, with a fake worker that records
// what it is sent and reports what a test tells it to.
import { describe, expect, it } from 'vitest'
import type { FromWorker, ToWorker } from '@core/runnerProtocol'
import { RunSession, type TrainingWorker, type TrainingWorkerEvents } from '@core/runnerSession'
import type { RunFrame, WorkerLoss } from '@core/runnerTypes'
import { toyRequest } from './runnerFakes'

class FakeWorker implements TrainingWorker {
  readonly sent: { message: ToWorker; transfer: ArrayBuffer[] }[] = []
  terminated = false
  constructor(readonly events: TrainingWorkerEvents) {}
  post(message: ToWorker, transfer: ArrayBuffer[]): void {
    this.sent.push({ message, transfer })
  }
  terminate(): void {
    this.terminated = true
  }
  report(message: unknown): void {
    this.events.message(message)
  }
}

function session(options: { transferData?: boolean; failSpawn?: boolean } = {}) {
  const workers: FakeWorker[] = []
  const delivered: RunFrame[] = []
  let ids = 0
  const runs = new RunSession({
    spawnWorker: (events) => {
      if (options.failSpawn) throw new Error('spawn failed')
      const worker = new FakeWorker(events)
      workers.push(worker)
      return worker
    },
    deliver: (frame) => delivered.push(frame),
    newRunId: () => `run-${++ids}`,
    transferData: options.transferData ?? false
  })
  const sent = (): ToWorker[] => workers.flatMap((worker) => worker.sent.map((s) => s.message))
  return { runs, workers, delivered, sent }
}

function frame(runId: string, seq: number, state: RunFrame['state'] = 'running'): FromWorker {
  const empty = new Float64Array(0)
  return {
    type: 'frame',
    runId,
    frame: {
      runId,
      seq,
      state,
      epoch: seq * 10,
      totalEpochs: 1000,
      points: { epochs: empty, cost: empty, accuracy: empty },
      downsampled: false,
      logLines: [],
      weights: [seq, -seq],
      bias: 0.5,
      epochsPerSecond: 100
    }
  }
}

describe('RunSession', () => {
  it('starts its worker on the first run and keeps it for the next', () => {
    const { runs, workers, sent } = session()
    expect(workers).toHaveLength(0)
    expect(runs.start(toyRequest())).toEqual({ ok: true, value: { runId: 'run-1' } })
    workers[0].report(frame('run-1', 0))
    expect(runs.start(toyRequest())).toEqual({ ok: true, value: { runId: 'run-2' } })
    expect(workers).toHaveLength(1)
    expect(sent().map((m) => `${m.type} ${m.runId}`)).toEqual(['start run-1', 'start run-2'])
    expect(workers[0].sent[0].transfer).toEqual([])
    expect(runs.activeRunId).toBe('run-2')
  })

  it('refuses a new start while the current run has not reported, and takes it once it has', () => {
    const { runs, workers } = session()
    runs.start(toyRequest())
    expect(runs.start(toyRequest())).toMatchObject({ ok: false, error: { code: 'busy' } })
    expect(workers[0].sent).toHaveLength(1)
    workers[0].report(frame('run-1', 0))
    expect(runs.start(toyRequest())).toMatchObject({ ok: true, value: { runId: 'run-2' } })
    // a run that failed to start, or a lost worker, leaves nothing pending either
    workers[0].report({ type: 'failed', runId: 'run-2', detail: 'no memory' })
    expect(runs.start(toyRequest())).toMatchObject({ ok: true })
    workers[0].events.lost({ kind: 'stopped' })
    expect(runs.start(toyRequest())).toMatchObject({ ok: true })
  })

  it('transfers the data buffers only when told to', () => {
    const { runs, workers } = session({ transferData: true })
    const request = toyRequest()
    runs.start(request)
    expect(workers[0].sent[0].transfer).toEqual([request.data.x.buffer, request.data.y.buffer])
  })

  it('hands a command to its run unchanged, and refuses one for another run', () => {
    const { runs, sent } = session()
    runs.start(toyRequest())
    const step = { kind: 'step' as const, epochs: 10 }
    expect(runs.command('run-1', step)).toEqual({ ok: true, value: null })
    expect(sent().at(-1)).toEqual({ type: 'command', runId: 'run-1', command: step })
    expect(runs.command('run-9', { kind: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun', field: 'runId' }
    })
    expect(sent()).toHaveLength(2)
  })

  it('answers noSuchRun before any run, without starting a worker', () => {
    const { runs, workers } = session()
    expect(runs.command('run-1', { kind: 'stop' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun' }
    })
    expect(workers).toHaveLength(0)
  })

  it('delivers frames of the current run only, and none after its last', () => {
    const { runs, workers, delivered, sent } = session()
    runs.start(toyRequest())
    const worker = workers[0]
    worker.report(frame('run-1', 0))
    runs.start(toyRequest())
    worker.report(frame('run-1', 1)) // a late frame of the replaced run
    worker.report(frame('run-2', 0))
    worker.report(frame('run-2', 1, 'done'))
    worker.report(frame('run-2', 2))
    expect(delivered.map((f) => `${f.runId}#${f.seq}`)).toEqual(['run-1#0', 'run-2#0', 'run-2#1'])
    expect(runs.activeRunId).toBe(null)
    // commands to an ended run are accepted and dropped
    const count = sent().length
    expect(runs.command('run-2', { kind: 'pause' })).toEqual({ ok: true, value: null })
    expect(sent()).toHaveLength(count)
  })

  it.each<[string, (worker: FakeWorker) => void, WorkerLoss]>([
    [
      'exits',
      (w) => w.events.lost({ kind: 'exited', exitCode: 3 }),
      { kind: 'exited', exitCode: 3 }
    ],
    [
      'throws',
      (w) => w.events.lost({ kind: 'failed', message: 'out of memory' }),
      { kind: 'failed', message: 'out of memory' }
    ],
    ['sends a message that is not ours', (w) => w.report({ hello: 1 }), { kind: 'unknownMessage' }]
  ])(
    'ends the run with an error frame saying why when the worker %s, then starts a fresh one',
    (_name, breakIt, loss) => {
      const { runs, workers, delivered } = session()
      runs.start(toyRequest())
      workers[0].report(frame('run-1', 0))
      workers[0].report(frame('run-1', 1))
      breakIt(workers[0])
      expect(delivered.at(-1)).toMatchObject({
        runId: 'run-1',
        seq: 2,
        state: 'error',
        epoch: 10,
        weights: [1, -1],
        problem: { code: 'workerCrashed', loss }
      })
      expect(workers[0].terminated).toBe(true)
      // What the lost worker says afterwards is stale: no second error frame.
      workers[0].events.lost({ kind: 'exited', exitCode: 1 })
      workers[0].report(frame('run-1', 2))
      expect(delivered).toHaveLength(3)
      runs.start(toyRequest())
      expect(workers).toHaveLength(2)
      expect(workers[1].sent[0].message).toMatchObject({ type: 'start', runId: 'run-2' })
    }
  )

  it('turns a run the worker could not start into an error frame with its reason', () => {
    const { runs, workers, delivered } = session()
    runs.start(toyRequest())
    workers[0].report({ type: 'failed', runId: 'run-1', detail: 'no memory for the data' })
    expect(delivered).toEqual([
      expect.objectContaining({
        seq: 0,
        state: 'error',
        epoch: -1,
        problem: {
          code: 'workerCrashed',
          loss: { kind: 'failed', message: 'no memory for the data' }
        }
      })
    ])
  })

  it('starts a resumed run where its saved state ended, should the worker fail at once', () => {
    const { runs, workers, delivered } = session()
    const resumeFrom = {
      version: 1 as const,
      epoch: 40,
      params: [0.25, -0.5, 0.125],
      optimizer: { kind: 'sgd' as const, momentumBuffer: null },
      rng: { state: new Array<number>(624).fill(1), index: 624 }
    }
    runs.start({ ...toyRequest(), resumeFrom })
    workers[0].events.lost({ kind: 'stopped' })
    expect(delivered[0]).toMatchObject({ epoch: 39, weights: [0.25, -0.5], bias: 0.125 })
  })

  it('answers with an internal error when no worker can be started', () => {
    const { runs } = session({ failSpawn: true })
    expect(runs.start(toyRequest())).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'the training worker is unavailable: spawn failed' }
    })
    expect(runs.activeRunId).toBe(null)
  })

  it('stops its run and ends its worker when disposed', async () => {
    const { runs, workers, sent } = session()
    runs.start(toyRequest())
    await runs.dispose()
    expect(sent().at(-1)).toEqual({ type: 'command', runId: 'run-1', command: { kind: 'stop' } })
    expect(workers[0].terminated).toBe(true)
    expect(runs.activeRunId).toBe(null)
  })
})
