import { describe, expect, it } from 'vitest'
import {
  describeSessionError,
  SESSION_ERROR_CODES,
  type SessionError,
  type SessionErrorCode
} from '@shared/session'

/** One example of every code. */
const examples: Record<SessionErrorCode, SessionError> = {
  tooLarge: { code: 'tooLarge', limit: 268_435_456, actual: 2_147_483_648 },
  empty: { code: 'empty' },
  notJson: { code: 'notJson' },
  truncated: { code: 'truncated' },
  tooDeep: { code: 'tooDeep', limit: 32, actual: 100_000 },
  notSession: { code: 'notSession', field: 'format' },
  futureVersion: { code: 'futureVersion', version: 7, newest: 1 },
  unknownVersion: { code: 'unknownVersion', version: 0 },
  migrationFailed: { code: 'migrationFailed', version: 1, message: 'no data' },
  invalidField: { code: 'invalidField', field: 'data.columns[2][17]', reason: 'type' },
  tooMany: {
    code: 'tooMany',
    what: 'cells',
    field: 'data.columns',
    limit: 16_777_216,
    actual: 20_000_000
  },
  tooLong: { code: 'tooLong', what: 'title', field: 'title', limit: 200, actual: 5000 },
  mismatch: {
    code: 'mismatch',
    field: 'data.columns[1]',
    measure: 'length',
    expected: 6,
    actual: 5
  },
  internal: { code: 'internal', message: 'boom' }
}

describe('describeSessionError', () => {
  it('says each code differently, in one line', () => {
    const lines = SESSION_ERROR_CODES.map((code) => describeSessionError(examples[code]))
    expect(new Set(lines).size).toBe(SESSION_ERROR_CODES.length)
    for (const line of lines) expect(line).toMatch(/^[^\n]+[^.]$/)
  })

  it('names the field, the limit and the counts', () => {
    expect(describeSessionError(examples.tooLarge)).toBe(
      'the file is 2,147,483,648 bytes; a session may be at most 268,435,456 bytes'
    )
    expect(describeSessionError(examples.tooMany)).toBe(
      'data.columns holds 20,000,000 feature cells; at most 16,777,216 are allowed'
    )
    expect(describeSessionError(examples.invalidField)).toBe(
      'data.columns[2][17] is missing or of the wrong type'
    )
    expect(describeSessionError(examples.mismatch)).toBe(
      'data.columns[1] holds 5 values where 6 are expected'
    )
    expect(describeSessionError(examples.futureVersion)).toContain('version 7')
    expect(describeSessionError({ code: 'notSession' })).not.toBe(
      describeSessionError(examples.notSession)
    )
  })
})
