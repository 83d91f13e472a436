// The text of a session file as a session, or the first reason it is not one. Never throws: a
// file is untrusted input, and whatever is wrong with it comes back as a SessionError.
//
// In order: the size (before anything is read), a leading byte-order mark (dropped: editors on
// Windows write one), nesting depth (before parsing), JSON, the "format", migration to the
// current version, the structure (zod), the counts against the limits, the elements' types, and
// every rule of checkSession.ts.
import { MAX_SESSION_DEPTH } from '../limits'
import { appProblem, checkSessionContent } from './checkSession'
import { documentSchema } from './documentSchema'
import { sessionFromDocument } from './documentArrays'
import { issueError } from './issueError'
import { scanJson } from './jsonScan'
import { isJsonObject, migrateForward } from './migrations'
import type { SessionError } from './sessionErrors'
import { SESSION_FORMAT, SESSION_VERSION } from './sessionFormat'
import { checkTextSize } from './sessionSize'
import type { DecodeResult } from './sessionTypes'

const BYTE_ORDER_MARK = 0xfeff

export function decodeSession(text: string): DecodeResult {
  try {
    return decode(text)
  } catch (error) {
    // Only a fault of this code gets here: decode returns every refusal of a file, never throws.
    return refuse({
      code: 'internal',
      message: error instanceof Error ? error.message : String(error)
    })
  }
}

function decode(text: string): DecodeResult {
  const tooLarge = checkTextSize(text)
  if (tooLarge) return refuse(tooLarge)
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text
  if (body.trim() === '') return refuse({ code: 'empty' })
  const scan = scanJson(body, MAX_SESSION_DEPTH)
  if (scan.maxDepth > MAX_SESSION_DEPTH) {
    return refuse({ code: 'tooDeep', limit: MAX_SESSION_DEPTH, actual: scan.maxDepth })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return refuse({ code: scan.endsOpen ? 'truncated' : 'notJson' })
  }
  if (!isJsonObject(parsed)) return refuse({ code: 'notSession' })
  if (parsed.format !== SESSION_FORMAT) return refuse({ code: 'notSession', field: 'format' })
  const migrated = migrateForward(parsed)
  if (!migrated.ok) return refuse(migrated.error)
  const doc = documentSchema.safeParse(migrated.document)
  if (!doc.success) return refuse(issueError(doc.error, migrated.document))
  const problem = appProblem(doc.data.app.name, doc.data.app.version)
  if (problem) return refuse(problem)
  const converted = sessionFromDocument(doc.data)
  if (!converted.ok) return refuse(converted.error)
  const invalid = checkSessionContent(converted.value)
  if (invalid) return refuse(invalid)
  return {
    ok: true,
    session: converted.value,
    meta: {
      appVersion: doc.data.app.version,
      savedAt: doc.data.savedAt,
      migratedFrom: migrated.from === SESSION_VERSION ? null : migrated.from
    }
  }
}

function refuse(error: SessionError): DecodeResult {
  return { ok: false, error }
}
