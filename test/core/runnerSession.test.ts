import { describe, expect, it } from 'vitest'
import type { FromWorker, ToWorker } from '@core/runnerProtocol'
import { RunSession } from '@core/runnerSession'
import type { RunFrame } from '@core/runnerTypes'
import { toyRequest } from './runnerFakes'

function session(transferData = false) {
  const sent: { message: ToWorker; transfer: ArrayBuffer[] }[] = []
  const delivered: RunFrame[] = []
  let ids = 0
  const runs = new RunSession({
    send: (message, transfer) => sent.push({ message, transfer }),
    deliver: (frame) => delivered.push(frame),
    newRunId: () => `run-${++ids}`,
    transferData
  })
  return { runs, sent, delivered }
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
  it('starts a run with the request and a fresh id', () => {
    const { runs, sent } = session()
    const result = runs.start(toyRequest())
    expect(result).toEqual({ ok: true, value: { runId: 'run-1' } })
    expect(sent).toHaveLength(1)
    expect(sent[0].message).toMatchObject({ type: 'start', runId: 'run-1' })
    expect(sent[0].transfer).toEqual([])
    expect(runs.activeRunId).toBe('run-1')
  })

  it('transfers the data buffers only when told to', () => {
    const { runs, sent } = session(true)
    const request = toyRequest()
    runs.start(request)
    expect(sent[0].transfer).toEqual([request.data.x.buffer, request.data.y.buffer])
  })

  it('refuses a non-finite cell, naming its row and column, and starts nothing', () => {
    const { runs, sent } = session()
    const request = toyRequest()
    request.data.x[2 * 2 + 1] = Number.NaN
    const result = runs.start(request)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalidData',
        field: 'data.x[2][1]',
        message: expect.stringMatching(/^row 3, column 2: .NaN. is not a finite number$/)
      }
    })
    expect(sent).toHaveLength(0)
    expect(runs.activeRunId).toBe(null)
  })

  it('refuses a label other than 0 or 1, and data whose shape does not add up', () => {
    const { runs, sent } = session()
    const badLabel = toyRequest()
    badLabel.data.y[4] = 2
    expect(runs.start(badLabel)).toMatchObject({
      ok: false,
      error: { code: 'invalidData', field: 'data.y[4]' }
    })
    const ragged = toyRequest()
    ragged.data.x = ragged.data.x.slice(1)
    expect(runs.start(ragged)).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'data.x' }
    })
    const noRows = toyRequest()
    noRows.data = { ...noRows.data, rows: 0, x: new Float64Array(0), y: new Float64Array(0) }
    expect(runs.start(noRows)).toMatchObject({ ok: false, error: { code: 'invalidData' } })
    expect(sent).toHaveLength(0)
  })

  it('refuses bad settings, speeds and saved states by field', () => {
    const { runs, sent } = session()
    const field = (result: ReturnType<RunSession['start']>): string | undefined =>
      result.ok ? undefined : result.error.field
    expect(field(runs.start(toyRequest({ logEvery: 0 })))).toBe('config.logEvery')
    expect(field(runs.start(toyRequest({ epochs: 1.5 })))).toBe('config.epochs')
    expect(field(runs.start(toyRequest({}, { mode: 'paced', epochsPerSecond: 0 })))).toBe(
      'speed.epochsPerSecond'
    )
    const resumeFrom = {
      version: 1 as const,
      epoch: 3,
      params: [0, Number.NaN, 0],
      optimizer: { kind: 'sgd' as const, momentumBuffer: null },
      rng: { state: new Array<number>(624).fill(1), index: 624 }
    }
    expect(field(runs.start({ ...toyRequest(), resumeFrom }))).toBe('resumeFrom.params')
    expect(
      field(runs.start({ ...toyRequest(), resumeFrom: { ...resumeFrom, params: [0, 0] } }))
    ).toBe('resumeFrom.params')
    const lr = { ...toyRequest().config.optimizer, lr: -1 }
    expect(field(runs.start(toyRequest({ optimizer: lr })))).toBe('config.optimizer.lr')
    const future = { ...resumeFrom, params: [0, 0, 0], version: 2 as unknown as 1 }
    expect(field(runs.start({ ...toyRequest(), resumeFrom: future }))).toBe('resumeFrom')
    expect(sent).toHaveLength(0)
  })

  it('sends commands for its run only, and checks them', () => {
    const { runs, sent } = session()
    runs.start(toyRequest())
    expect(runs.command('run-1', { kind: 'step', epochs: 10 })).toEqual({ ok: true, value: null })
    expect(sent.at(-1)?.message).toEqual({
      type: 'command',
      runId: 'run-1',
      command: { kind: 'step', epochs: 10 }
    })
    expect(runs.command('run-9', { kind: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun' }
    })
    expect(runs.command('run-1', { kind: 'step', epochs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'epochs' }
    })
    const speed = { mode: 'paced' as const, epochsPerSecond: -2 }
    expect(runs.command('run-1', { kind: 'setSpeed', speed })).toMatchObject({
      ok: false,
      error: { field: 'speed.epochsPerSecond' }
    })
    expect(sent).toHaveLength(2)
  })

  it('delivers frames of the current run only, and none after its last', () => {
    const { runs, delivered, sent } = session()
    runs.start(toyRequest())
    runs.receive(frame('run-1', 0))
    runs.start(toyRequest())
    runs.receive(frame('run-1', 1)) // a late frame of the replaced run
    runs.receive(frame('run-2', 0))
    runs.receive(frame('run-2', 1, 'done'))
    runs.receive(frame('run-2', 2))
    expect(delivered.map((f) => `${f.runId}#${f.seq}`)).toEqual(['run-1#0', 'run-2#0', 'run-2#1'])
    expect(runs.activeRunId).toBe(null)
    // commands to an ended run are accepted and dropped
    const count = sent.length
    expect(runs.command('run-2', { kind: 'pause' })).toEqual({ ok: true, value: null })
    expect(sent).toHaveLength(count)
  })

  it('ends the run with an error frame, numbered next, when the worker is lost', () => {
    const { runs, delivered } = session()
    runs.start(toyRequest())
    runs.receive(frame('run-1', 0))
    runs.receive(frame('run-1', 1))
    runs.workerLost('out of memory')
    expect(delivered.at(-1)).toMatchObject({
      runId: 'run-1',
      seq: 2,
      state: 'error',
      epoch: 10,
      weights: [1, -1],
      problem: { code: 'workerCrashed', detail: 'out of memory' }
    })
    runs.workerLost('again')
    expect(delivered).toHaveLength(3)
  })

  it('turns a run the worker could not start into an error frame', () => {
    const { runs, delivered } = session()
    runs.start(toyRequest())
    runs.receive({ type: 'failed', runId: 'run-1', detail: 'no memory for the data' })
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toMatchObject({
      seq: 0,
      state: 'error',
      epoch: -1,
      problem: { code: 'workerCrashed', detail: 'no memory for the data' }
    })
  })

  it('answers with an internal error when the worker cannot be reached', () => {
    const runs = new RunSession({
      send: () => {
        throw new Error('spawn failed')
      },
      deliver: () => undefined,
      newRunId: () => 'run-1',
      transferData: false
    })
    expect(runs.start(toyRequest())).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'the training worker is unavailable: spawn failed' }
    })
    expect(runs.activeRunId).toBe(null)
  })
})
