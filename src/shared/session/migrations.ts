// Bringing an older session document up to the current version, before it is validated.
//
// A migration is a small function from the parsed JSON of version n to that of version n + 1;
// migrateForward applies them in turn (n -> n + 1 -> ... -> SESSION_VERSION) and sets "version"
// after each step.
//
// Version 2 added the runs kept for comparison ("keptRuns", issue 12 §3): a version-1 document
// has none. To add a version, as version 2 was added:
//  1. Set SESSION_VERSION to 2 (sessionFormat.ts) and change the Session type, documentSchema.ts,
//     checkSession.ts and documentWriter.ts to the new shape: the app writes only the newest.
//  2. Add `1: fromVersion1` to SESSION_MIGRATIONS below, a function that takes a version-1
//     document and returns it in the version-2 shape: rename, add (with the value that means
//     what version 1 meant) or drop fields. Its input is parsed JSON that has not been validated
//     beyond "format" and "version": check the type of what it reads, leave what it does not
//     understand in place, and let the schema refuse a broken file afterwards. It may modify and
//     return the object it is given (nobody else holds it); throwing refuses the file as
//     'migrationFailed'.
//  3. Keep a version-1 document as a test fixture and test that it decodes, through the step,
//     to the session it meant (meta.migratedFrom === 1), next to the tests of this mechanism.
import type { SessionError } from './sessionErrors'
import { SESSION_VERSION } from './sessionFormat'

/** A parsed JSON object: a document before it is validated. */
export type JsonObject = Record<string, unknown>

/** One step: a document of version n in, the same document in version n + 1's shape out. */
export type SessionMigration = (document: JsonObject) => JsonObject

/** Steps keyed by the version they start from. */
export type MigrationTable = Readonly<Partial<Record<number, SessionMigration>>>

/** Version 1 kept no runs for comparison: it gets an empty list (a key already there stays). */
export function fromVersion1(document: JsonObject): JsonObject {
  return 'keptRuns' in document ? document : { ...document, keptRuns: [] }
}

export const SESSION_MIGRATIONS: MigrationTable = { 1: fromVersion1 }

export type MigrationResult =
  { ok: true; document: JsonObject; from: number } | { ok: false; error: SessionError }

/** A JSON object (not an array, not null): what a document must be. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `document` brought from its "version" to `target` with the steps of `table` (the app's own by
 * default; tests inject theirs). `from` is the version it had.
 */
export function migrateForward(
  document: JsonObject,
  table: MigrationTable = SESSION_MIGRATIONS,
  target: number = SESSION_VERSION
): MigrationResult {
  const from = document.version
  if (typeof from !== 'number') {
    return { ok: false, error: { code: 'invalidField', field: 'version', reason: 'type' } }
  }
  if (!Number.isSafeInteger(from) || from < 0) {
    return { ok: false, error: { code: 'invalidField', field: 'version', reason: 'value' } }
  }
  if (from > target) {
    return { ok: false, error: { code: 'futureVersion', version: from, newest: target } }
  }
  let current = document
  for (let version = from; version < target; version++) {
    const step = table[version]
    if (!step) return { ok: false, error: { code: 'unknownVersion', version: from } }
    const next = applyStep(step, current)
    if (typeof next === 'string') {
      return { ok: false, error: { code: 'migrationFailed', version, message: next } }
    }
    next.version = version + 1
    current = next
  }
  return { ok: true, document: current, from }
}

/** The step's result, or why it has none (for logs: the file is refused as 'migrationFailed'). */
function applyStep(step: SessionMigration, document: JsonObject): JsonObject | string {
  try {
    const next: unknown = step(document)
    return isJsonObject(next) ? next : 'the step did not return an object'
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
