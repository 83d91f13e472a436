// How a session travels between the page and its documents worker without stalling the page. A
// 100,000 x 8 table is 7 MB of columns, and a CSV whose labels read "1.0" keeps 100,000 cell
// texts: structured-cloning the columns took ~50 ms of the page's thread at each backup, and the
// texts, as 100,000 small [row, text] arrays, ~50 ms more. So a message moves (transfers) the
// column buffers and the run's history and log, and carries each column's texts packed as two
// typed arrays (moved) and one string (copied in one piece); the other side unpacks them.
//
// Moving leaves the sender's arrays empty. That is safe because a session sent to be saved or
// backed up is the caller's own copy, built for that one call (LabApi hands it over: the document
// store's buildSession), and a session the worker decoded is its own. Only a column that spans
// its whole buffer is moved: a view into a larger buffer may share it with something still in use.
import type { Session } from '@shared/session'
import { packSession, unpackSession, type WireSession } from '@shared/session/packedTexts'
import type { DocumentRequest, DocumentResponse, FoundBackup } from './webDocumentProtocol'

type WithWireSession<T> = T extends { session: Session }
  ? Omit<T, 'session'> & { session: WireSession }
  : T
type WireFound = Omit<FoundBackup, 'session'> & { session: WireSession }

export type WireRequest = WithWireSession<DocumentRequest>
export type WireResponse =
  | WithWireSession<Exclude<DocumentResponse, { op: 'restore' }>>
  | { ok: true; op: 'restore'; found: WireFound | null }

/** A message and the buffers it moves (postMessage's transfer list). */
export interface Wired<T> {
  message: T
  transfer: ArrayBuffer[]
}

/** Moves `array`'s buffer if the array spans all of it (see the note at the top). */
function moveWhole(array: Float64Array, transfer: Set<ArrayBuffer>): void {
  const { buffer } = array
  const whole = array.byteOffset === 0 && array.byteLength === buffer.byteLength
  if (whole && buffer instanceof ArrayBuffer && buffer.byteLength > 0) transfer.add(buffer)
}

/** The session packed, its buffers that may move added to `transfer`. */
function packMoving(session: Session, transfer: Set<ArrayBuffer>): WireSession {
  for (const column of session.data.columns) moveWhole(column, transfer)
  // The run's history and log (up to 500,000 points: 12 MB, copied in ~75 ms mid-run otherwise).
  const run = session.run
  if (run !== null) {
    for (const series of [run.history, run.log]) {
      for (const values of [series.epochs, series.cost, series.accuracy])
        moveWhole(values, transfer)
    }
  }
  const wire = packSession(session)
  for (const { rows, ends } of wire.data.texts) transfer.add(rows.buffer).add(ends.buffer)
  return wire
}

export function wireRequest(request: DocumentRequest): Wired<WireRequest> {
  const transfer = new Set<ArrayBuffer>()
  const message: WireRequest =
    request.op === 'encode' || request.op === 'backup'
      ? { ...request, session: packMoving(request.session, transfer) }
      : request
  return { message, transfer: [...transfer] }
}

export function requestFromWire(message: WireRequest): DocumentRequest {
  return message.op === 'encode' || message.op === 'backup'
    ? { ...message, session: unpackSession(message.session) }
    : message
}

export function wireResponse(response: DocumentResponse): Wired<WireResponse> {
  const transfer = new Set<ArrayBuffer>()
  let message: WireResponse = response as Exclude<DocumentResponse, { op: 'decode' | 'restore' }>
  if (response.ok && response.op === 'decode') {
    message = { ...response, session: packMoving(response.session, transfer) }
  } else if (response.ok && response.op === 'restore' && response.found !== null) {
    const found = { ...response.found, session: packMoving(response.found.session, transfer) }
    message = { ...response, found }
  }
  return { message, transfer: [...transfer] }
}

export function responseFromWire(message: WireResponse): DocumentResponse {
  if (message.ok && message.op === 'decode') {
    return { ...message, session: unpackSession(message.session) }
  }
  if (message.ok && message.op === 'restore' && message.found !== null) {
    return {
      ...message,
      found: { ...message.found, session: unpackSession(message.found.session) }
    }
  }
  return message as Exclude<DocumentResponse, { op: 'decode' | 'restore' }>
}
