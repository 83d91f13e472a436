// Session documents as parsed JSON, to break one field at a time: the tests of refusals and the
// fuzz start from these.
import { labConfig, toyDataset } from '@core'
import { decodeSession, encodeSession, type Session, type SessionError } from '@shared/session'
import { sessionWithProblems, toySession, trainedSession } from './sessionFixtures'

export const meta = { appVersion: '0.1.0', savedAt: new Date('2025-03-01T09:30:00.000Z') }

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export function textOf(session: Session): string {
  return encodeSession(session, meta)
}

/** A fresh parsed document of `session` (the lab's toy table with a short run by default). */
export function documentOf(session: Session = trainedToySession()): { [key: string]: Json } {
  return JSON.parse(textOf(session)) as { [key: string]: Json }
}

export function trainedToySession(): Session {
  return trainedSession(toyDataset(), { ...labConfig, epochs: 30, logEvery: 10 }, 21)
}

/** The valid documents the fuzz mutates: no run, a paused run, invalid cells with texts. */
export function seedTexts(): string[] {
  return [textOf(toySession()), textOf(trainedToySession()), textOf(sessionWithProblems())]
}

/** The value at `path` in `doc` replaced by `value` (a path of keys and indices). */
export function withValue(doc: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(doc)
  let node: Json = copy
  for (const key of path.slice(0, -1)) node = (node as { [key: string]: Json })[key]
  ;(node as { [key: string]: Json })[path[path.length - 1]] = value
  return copy
}

/** What decodeSession refuses `text` with (failing the test if it accepts it). */
export function refusal(text: string): SessionError {
  const decoded = decodeSession(text)
  if (decoded.ok) throw new Error('expected a refusal')
  return decoded.error
}

/** The refusal of the trained toy document with `value` at `path`. */
export function refusalWith(path: (string | number)[], value: Json): SessionError {
  return refusal(JSON.stringify(withValue(documentOf(), path, value)))
}
