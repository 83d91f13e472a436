// A session's kept cell texts as they cross between threads and processes. A CSV whose labels
// read "1.0" keeps a text per row: 100,000 small [row, text] arrays in one column. Structured
// cloning (postMessage), V8's serializer (Electron's IPC) and contextBridge's copy take such
// arrays one by one: ~50 ms of the page's thread for 100,000 of them in the web edition's
// postMessage, and the desktop's size check and serializer ~40 ms (../bridge.ts). Packed, a
// column is two Float64Arrays and one string, each copied (or moved) in one piece.
import type { Session, SessionData } from './sessionTypes'

/** A column's kept texts: pair k is [rows[k], joined.slice(ends[k - 1] ?? 0, ends[k])]. */
export interface PackedTexts {
  rows: Float64Array<ArrayBuffer>
  ends: Float64Array<ArrayBuffer>
  joined: string
}

/** A session as it crosses: each column's texts packed, everything else as it is. */
export type WireSession = Omit<Session, 'data'> & {
  data: Omit<SessionData, 'texts'> & { texts: PackedTexts[] }
}

export function packTexts(pairs: readonly (readonly [number, string])[]): PackedTexts {
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

/** The pairs back; `packed` is trusted (packTexts made it, or packedTextsProblem passed it). */
export function unpackTexts({ rows, ends, joined }: PackedTexts): [number, string][] {
  const pairs = new Array<[number, string]>(rows.length)
  let start = 0
  for (let k = 0; k < rows.length; k++) {
    pairs[k] = [rows[k], joined.slice(start, ends[k])]
    start = ends[k]
  }
  return pairs
}

/** The session with its texts packed; the rest (columns, run) is shared with `session`. */
export function packSession(session: Session): WireSession {
  return { ...session, data: { ...session.data, texts: session.data.texts.map(packTexts) } }
}

export function unpackSession(wire: WireSession): Session {
  return { ...wire, data: { ...wire.data, texts: wire.data.texts.map(unpackTexts) } }
}

/** Where packed texts break their promise, and how; null: unpackTexts may read them. */
export type PackedTextsProblem =
  | { field: 'ends'; index?: number; reason: 'length' | 'order' }
  | { field: 'rows'; index: number; reason: 'value' }
  | { field: 'joined'; reason: 'length' }

/**
 * The packing's own rules (the pairs' rules, rows in the table and ascending, are the session's:
 * checkSession's, once unpacked): one end per row, ends whole and non-decreasing, the last one
 * the joined text's end (no characters that no pair owns), rows whole numbers.
 */
export function packedTextsProblem({ rows, ends, joined }: PackedTexts): PackedTextsProblem | null {
  if (ends.length !== rows.length) return { field: 'ends', reason: 'length' }
  let previous = 0
  for (let k = 0; k < rows.length; k++) {
    if (!Number.isInteger(rows[k])) return { field: 'rows', index: k, reason: 'value' }
    const end = ends[k]
    if (!Number.isInteger(end) || end < previous)
      return { field: 'ends', index: k, reason: 'order' }
    if (end > joined.length) return { field: 'ends', index: k, reason: 'length' }
    previous = end
  }
  return previous === joined.length ? null : { field: 'joined', reason: 'length' }
}
