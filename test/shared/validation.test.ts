// parseRequest: the one validation where a request comes in (main's IPC, the web edition's
// LabApi), with the answer the renderer shows: which field, and whether the data was refused.
import { describe, expect, it } from 'vitest'
import { MAX_LOG_LINES } from '@shared/limits'
import { parseRequest } from '@shared/validation'
import { toyRequest } from '../core/runnerFakes'

const fieldOf = (result: ReturnType<typeof parseRequest>): string | undefined =>
  result.ok ? undefined : result.error.field

describe('parseRequest', () => {
  it('hands back a plain copy of a valid request, with the same data arrays', () => {
    const request = toyRequest()
    const parsed = parseRequest('train', request)
    expect(parsed).toEqual({ ok: true, value: request })
    // no copy of the data: the caller decides whether it is transferred or cloned
    expect(parsed.ok && parsed.value.data.x).toBe(request.data.x)
    expect(parsed.ok && parsed.value.config).not.toBe(request.config)
  })

  it('refuses a non-finite cell as the data, naming its row and column', () => {
    const request = toyRequest()
    request.data.x[2 * 2 + 1] = Number.NaN
    expect(parseRequest('train', request)).toEqual({
      ok: false,
      error: {
        code: 'invalidData',
        field: 'data.x[2][1]',
        message: 'row 2, column 1: not a finite number'
      }
    })
  })

  it('refuses a label other than 0 or 1 as the data, and a ragged shape as the payload', () => {
    const badLabel = toyRequest()
    badLabel.data.y[4] = 2
    expect(parseRequest('train', badLabel)).toMatchObject({
      ok: false,
      error: { code: 'invalidData', field: 'data.y[4]' }
    })
    const ragged = toyRequest()
    ragged.data.x = ragged.data.x.slice(1)
    expect(parseRequest('train', ragged)).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'data.x' }
    })
  })

  it('refuses bad settings, speeds and saved states by field', () => {
    expect(fieldOf(parseRequest('train', toyRequest({ logEvery: 0 })))).toBe('config.logEvery')
    expect(fieldOf(parseRequest('train', toyRequest({ epochs: 1.5 })))).toBe('config.epochs')
    const slow = toyRequest({}, { mode: 'paced', epochsPerSecond: 0 })
    expect(fieldOf(parseRequest('train', slow))).toBe('speed.epochsPerSecond')
    const lr = { ...toyRequest().config.optimizer, lr: -1 }
    expect(fieldOf(parseRequest('train', toyRequest({ optimizer: lr })))).toBe(
      'config.optimizer.lr'
    )
    const resumeFrom = {
      version: 1 as const,
      epoch: 3,
      params: [0, 0],
      optimizer: { kind: 'sgd' as const, momentumBuffer: null },
      rng: { state: new Array<number>(624).fill(1), index: 624 }
    }
    expect(fieldOf(parseRequest('train', { ...toyRequest(), resumeFrom }))).toBe(
      'resumeFrom.params'
    )
    const future = { ...resumeFrom, params: [0, 0, 0], version: 2 }
    expect(fieldOf(parseRequest('train', { ...toyRequest(), resumeFrom: future }))).toBe(
      'resumeFrom.version'
    )
  })

  it('holds a run to the log-line limit: at it, and one line past it', () => {
    // epochs 0..N logged every epoch: N + 1 lines
    const atLimit = toyRequest({ epochs: MAX_LOG_LINES - 1, logEvery: 1 })
    expect(parseRequest('train', atLimit).ok).toBe(true)
    const past = toyRequest({ epochs: MAX_LOG_LINES, logEvery: 1 })
    expect(parseRequest('train', past)).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'config.logEvery' }
    })
  })

  it('refuses a command by its field', () => {
    const step = parseRequest('command', { runId: 'run-1', command: { kind: 'step', epochs: 0 } })
    expect(step).toMatchObject({ ok: false, error: { code: 'invalidPayload' } })
    expect(fieldOf(step)).toBe('command.epochs')
    const speed = { mode: 'paced', epochsPerSecond: -2 }
    const setSpeed = parseRequest('command', {
      runId: 'run-1',
      command: { kind: 'setSpeed', speed }
    })
    expect(fieldOf(setSpeed)).toBe('command.speed.epochsPerSecond')
  })
})
