// A session from a renderer, as main's IPC checks it (backupSession's and saveSession's payloads):
// it crosses with its cell texts packed; what the app sends passes and comes out the session it
// was, and a malformed packing or session is refused with its field named, never thrown.
import { describe, expect, it } from 'vitest'
import { labConfig, toyDataset } from '@core'
import { isKeepable, keptRunOf, type Session } from '@shared/session'
import { packSession, type PackedTexts } from '@shared/session/packedTexts'
import { parseRequest } from '@shared/validation'
import { sessionWithTexts, toySession, trainedSession } from './sessionFixtures'

function withKeptRun(): Session {
  const trained = trainedSession(toyDataset(), { ...labConfig, epochs: 100 })
  const run = trained.run
  if (run === null || !isKeepable(run)) throw new Error('no keepable run')
  return { ...trained, keptRuns: [keptRunOf(run)] }
}

const withTexts = (texts: [number, string][][]): Session => {
  const session = toySession()
  return { ...session, data: { ...session.data, texts } }
}

/** The toy session crossing with column 1's texts packed as `packed` (anything at all). */
function crossingWith(packed: unknown): { session: unknown } {
  const wire = packSession(withTexts([[], [[0, '삼']], []]))
  const texts: unknown[] = [...wire.data.texts]
  texts[1] = packed
  return { session: { ...wire, data: { ...wire.data, texts } } }
}

const packing = (rows: number[], ends: number[], joined: string): PackedTexts => ({
  rows: Float64Array.from(rows),
  ends: Float64Array.from(ends),
  joined
})

const fieldOf = (payload: unknown): unknown => {
  const parsed = parseRequest('backupSession', payload)
  return parsed.ok ? 'passed' : { code: parsed.error.code, field: parsed.error.field }
}

describe('a session payload', () => {
  it('comes out of the check as the session the page packed: texts, columns and run', () => {
    const session = sessionWithTexts()
    const parsed = parseRequest('saveSession', { session: packSession(session), as: true })
    expect(parsed).toEqual({ ok: true, value: { session, as: true } })
  })

  it('passes with runs kept for comparison, as the Compare tab adds them', () => {
    const session = withKeptRun()
    const parsed = parseRequest('backupSession', { session: packSession(session) })
    expect(parsed).toEqual({ ok: true, value: { session } })
  })

  it('refuses a kept run the file format would refuse, by its field', () => {
    const session = withKeptRun()
    const [kept] = session.keptRuns ?? []
    const broken = { ...session, keptRuns: [{ ...kept, finalAccuracy: 2 }] }
    expect(parseRequest('saveSession', { session: packSession(broken), as: false })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'session.keptRuns[0].finalAccuracy' }
    })
  })

  it('names a cell text’s row out of the table as the unpacked pair’s row', () => {
    const session = withTexts([[], [[9, 'x']], []])
    expect(fieldOf({ session: packSession(session) })).toEqual({
      code: 'invalidPayload',
      field: 'session.data.texts[1][0][0]'
    })
  })

  it('refuses texts the page did not pack (pairs, as a session holds them)', () => {
    expect(fieldOf({ session: withTexts([[], [[0, '삼']], []]) })).toEqual({
      code: 'invalidPayload',
      field: 'session.data.texts[0]'
    })
  })

  it.each([
    ['rows and ends of different lengths', packing([0, 1], [1], 'ab'), 'ends'],
    ['ends that go back', packing([0, 1, 2], [2, 1, 3], 'abc'), 'ends[1]'],
    ['a fractional end', packing([0, 1], [0.5, 1], 'a'), 'ends[0]'],
    ['an end past the joined texts', packing([0, 1], [1, 3], 'ab'), 'ends[1]'],
    ['characters no pair owns', packing([0], [1], 'ab'), 'joined'],
    ['a fractional row', packing([0.5], [1], 'a'), 'rows[0]'],
    ['a NaN row', packing([0, NaN], [0, 1], 'a'), 'rows[1]'],
    ['rows as a plain array', { ...packing([0], [1], 'a'), rows: [0] }, 'rows'],
    ['rows as float32', { ...packing([0], [1], 'a'), rows: new Float32Array(1) }, 'rows'],
    ['ends missing', { rows: new Float64Array(1), joined: 'a' }, 'ends'],
    ['joined as a number', { ...packing([0], [1], 'a'), joined: 1 }, 'joined'],
    ['packed texts as a string', 'a', '']
  ])('refuses %s, naming the field', (_name, packed, field) => {
    expect(fieldOf(crossingWith(packed))).toEqual({
      code: 'invalidPayload',
      field: `session.data.texts[1]${field ? `.${field}` : ''}`
    })
  })

  it('refuses a key the packing does not have', () => {
    const parsed = parseRequest('backupSession', crossingWith({ ...packing([], [], ''), extra: 1 }))
    expect(parsed).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'session.data.texts[1]' }
    })
  })
})
