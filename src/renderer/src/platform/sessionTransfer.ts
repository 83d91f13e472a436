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
import type { Session, SessionData } from '@shared/session'
import type { DocumentRequest, DocumentResponse, FoundBackup } from './webDocumentProtocol'

/** A column's kept texts: pair k is [rows[k], joined.slice(ends[k - 1] ?? 0, ends[k])]. */
export interface PackedTexts {
  rows: Float64Array<ArrayBuffer>
  ends: Float64Array<ArrayBuffer>
  joined: string
}

export type WireSession = Omit<Session, 'data'> & {
  data: Omit<SessionData, 'texts'> & { texts: PackedTexts[] }
}

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

export function packTexts(pairs: [number, string][]): PackedTexts {
  const rows = new Float64Array(pairs.length)
  const ends = new Float64Array(pairs.length)
  const texts = new Array<string>(pairs.length)
  let end = 0
  for (let k = 0; k < pairs.length; k++) {
    const [row, text] = pairs[k]
    rows[k] = row
    texts[k] = text
    end += text.length
    ends[k] = end
  }
  return { rows, ends, joined: texts.join('') }
}

export function unpackTexts({ rows, ends, joined }: PackedTexts): [number, string][] {
  const pairs = new Array<[number, string]>(rows.length)
  let start = 0
  for (let k = 0; k < rows.length; k++) {
    pairs[k] = [rows[k], joined.slice(start, ends[k])]
    start = ends[k]
  }
  return pairs
}

/** Moves `array`'s buffer if the array spans all of it (see the note at the top). */
function moveWhole(array: Float64Array, transfer: Set<ArrayBuffer>): void {
  const { buffer } = array
  const whole = array.byteOffset === 0 && array.byteLength === buffer.byteLength
  if (whole && buffer instanceof ArrayBuffer && buffer.byteLength > 0) transfer.add(buffer)
}

function packSession(session: Session, transfer: Set<ArrayBuffer>): WireSession {
  for (const column of session.data.columns) moveWhole(column, transfer)
  // The run's history and log (up to 500,000 points: 12 MB, copied in ~75 ms mid-run otherwise).
  const run = session.run
  if (run !== null) {
    for (const series of [run.history, run.log]) {
      for (const values of [series.epochs, series.cost, series.accuracy])
        moveWhole(values, transfer)
    }
  }
  const texts = session.data.texts.map(packTexts)
  for (const { rows, ends } of texts) transfer.add(rows.buffer).add(ends.buffer)
  return { ...session, data: { ...session.data, texts } }
}

function unpackSession(wire: WireSession): Session {
  return { ...wire, data: { ...wire.data, texts: wire.data.texts.map(unpackTexts) } }
}

export function wireRequest(request: DocumentRequest): Wired<WireRequest> {
  const transfer = new Set<ArrayBuffer>()
  const message: WireRequest =
    request.op === 'encode' || request.op === 'backup'
      ? { ...request, session: packSession(request.session, transfer) }
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
    message = { ...response, session: packSession(response.session, transfer) }
  } else if (response.ok && response.op === 'restore' && response.found !== null) {
    const found = { ...response.found, session: packSession(response.found.session, transfer) }
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
