// A session as the text of a session file. The session is checked by the same rules decoding
// applies, so the app never writes a file it would refuse to open.
import { appProblem, checkSession, savedAtProblem } from './checkSession'
import { describeSessionError } from './describeSessionError'
import { writeDocument, type EncodeMeta } from './documentWriter'
import type { SessionError } from './sessionErrors'
import { SESSION_APP_NAME } from './sessionFormat'
import { checkTextSize } from './sessionSize'
import type { Session } from './sessionTypes'

/** Thrown by encodeSession for a session that breaks the format's rules (a caller's bug). */
export class SessionEncodeError extends Error {
  constructor(readonly error: SessionError) {
    super(`cannot save this session: ${describeSessionError(error)}`)
    this.name = 'SessionEncodeError'
  }
}

/**
 * The UTF-8 JSON text of `session` (to be written as is). Throws SessionEncodeError, carrying
 * the SessionError decoding would give, for a session that breaks the format's rules (a shape
 * that does not add up, a count past a limit, a file past MAX_SESSION_BYTES); a RangeError for
 * an invalid `savedAt`.
 */
export function encodeSession(session: Session, meta: EncodeMeta): string {
  const texts = session.data.texts.map(byRow)
  const checked: Session = { ...session, data: { ...session.data, texts } }
  const problem =
    appProblem(SESSION_APP_NAME, meta.appVersion) ??
    savedAtProblem(meta.savedAt.toISOString()) ??
    checkSession(checked)
  if (problem) throw new SessionEncodeError(problem)
  const text = writeDocument(checked, meta)
  // Within every count, cells' texts (which have no cap of their own) can still make it too big.
  const tooLarge = checkTextSize(text)
  if (tooLarge) throw new SessionEncodeError(tooLarge)
  return text
}

/**
 * A column's [row, text] pairs by ascending row, as the file lists them (the editor's map keeps
 * them in the order they were typed): the same array when it is in order already.
 */
function byRow(pairs: [number, string][]): [number, string][] {
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k][0] < pairs[k - 1][0]) return [...pairs].sort((a, b) => a[0] - b[0])
  }
  return pairs
}
