// The mechanism that brings old documents forward, tested with an injected table. The app's own
// step (version 1 to 2, the kept runs) is tested with a version-1 file in keptRuns.test.ts.
import { describe, expect, it } from 'vitest'
import {
  decodeSession,
  migrateForward,
  SESSION_VERSION,
  type JsonObject,
  type MigrationTable
} from '@shared/session'
import { SESSION_MIGRATIONS } from '@shared/session/migrations'
import { documentOf } from './documents'
import { toySession } from './sessionFixtures'

/** A made-up version 0, where the title was called "name" and there were no notes. */
function version0(): JsonObject {
  const { title, notes, ...rest } = documentOf(toySession())
  expect(notes).toBe('')
  return { ...rest, version: 0, name: title === '' ? 'untitled' : title }
}

const fromVersion0: MigrationTable = {
  0: (doc) => {
    const { name, ...rest } = doc
    return { ...rest, title: typeof name === 'string' ? name : '', notes: '' }
  }
}

describe('migrateForward', () => {
  it('has one step today, from version 1 to 2', () => {
    expect(SESSION_VERSION).toBe(2)
    expect(Object.keys(SESSION_MIGRATIONS)).toEqual(['1'])
  })

  it('brings a version-0 document to version 1 with the step from 0, then it validates', () => {
    const migrated = migrateForward(version0(), fromVersion0, 1)
    expect(migrated).toMatchObject({
      ok: true,
      from: 0,
      document: { version: 1, title: 'untitled', notes: '' }
    })
    if (!migrated.ok) return
    const decoded = decodeSession(JSON.stringify(migrated.document))
    expect(decoded).toMatchObject({ ok: true, session: { ...toySession(), title: 'untitled' } })
  })

  it('chains steps in order, each seeing the version the previous one made', () => {
    const seen: unknown[] = []
    const table: MigrationTable = {
      3: (doc) => (seen.push(doc.version), { ...doc, steps: ['3->4'] }),
      4: (doc) => (seen.push(doc.version), { ...doc, steps: [...(doc.steps as string[]), '4->5'] })
    }
    const migrated = migrateForward({ version: 3 }, table, 5)
    expect(migrated).toEqual({
      ok: true,
      from: 3,
      document: { version: 5, steps: ['3->4', '4->5'] }
    })
    expect(seen).toEqual([3, 4])
  })

  it('leaves a current document as it is', () => {
    const doc = { version: 1, title: 'x' }
    expect(migrateForward(doc, fromVersion0, 1)).toEqual({ ok: true, from: 1, document: doc })
  })

  it('refuses a version from the future, one with no way forward, and a step that fails', () => {
    expect(migrateForward({ version: 2 }, fromVersion0, 1)).toEqual({
      ok: false,
      error: { code: 'futureVersion', version: 2, newest: 1 }
    })
    expect(migrateForward({ version: 0 }, {}, 2)).toEqual({
      ok: false,
      error: { code: 'unknownVersion', version: 0 }
    })
    expect(migrateForward({ version: 0 }, { 0: (doc) => doc }, 2)).toEqual({
      ok: false,
      error: { code: 'unknownVersion', version: 0 }
    })
    const throwing: MigrationTable = {
      0: () => {
        throw new TypeError('no data')
      }
    }
    expect(migrateForward({ version: 0 }, throwing, 1)).toEqual({
      ok: false,
      error: { code: 'migrationFailed', version: 0, message: 'no data' }
    })
    const notAnObject = { 0: () => [] as unknown as JsonObject }
    expect(migrateForward({ version: 0 }, notAnObject, 1)).toMatchObject({
      ok: false,
      error: { code: 'migrationFailed', version: 0 }
    })
  })

  it('refuses a version that is not a whole number >= 0', () => {
    for (const version of ['1', null, undefined, 1.5, -1, Number.NaN, 2 ** 60]) {
      const migrated = migrateForward({ version }, fromVersion0, 1)
      expect(migrated.ok ? null : migrated.error.code, String(version)).toBe('invalidField')
    }
  })
})
