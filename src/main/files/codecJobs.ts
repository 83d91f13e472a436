// The session codec's work, as jobs a worker thread can run as well as main: encoding a session
// to the bytes of its file, decoding a file's bytes to a session, and a CSV's bytes to text (as
// the app decodes CSV: core/textBytes). Pure, and imported relatively: the worker runs it from
// source under tsx in tests, where no aliases apply.
import { decodeTextBytes } from '../../core/textBytes'
import { decodeSession, encodeSession, SessionEncodeError } from '../../shared/session'
import type { DecodeResult, Session, SessionError } from '../../shared/session'

export type CodecJob =
  | { kind: 'encode'; session: Session; appVersion: string; savedAt: number }
  | { kind: 'decodeSession'; bytes: Uint8Array }
  | { kind: 'decodeText'; bytes: Uint8Array }

export type CodecOutcome =
  | { kind: 'encoded'; bytes: Uint8Array }
  /** encodeSession refused the session (it would not open again). */
  | { kind: 'refused'; error: SessionError }
  | { kind: 'decoded'; result: DecodeResult }
  | { kind: 'text'; text: string }

export function runCodecJob(job: CodecJob): CodecOutcome {
  switch (job.kind) {
    case 'encode':
      return encode(job.session, job.appVersion, job.savedAt)
    case 'decodeSession':
      // A leading byte-order mark is dropped here, as decodeSession would drop it.
      return { kind: 'decoded', result: decodeSession(new TextDecoder().decode(job.bytes)) }
    case 'decodeText':
      return { kind: 'text', text: decodeTextBytes(job.bytes) }
  }
}

function encode(session: Session, appVersion: string, savedAt: number): CodecOutcome {
  try {
    const text = encodeSession(session, { appVersion, savedAt: new Date(savedAt) })
    // TextEncoder's bytes have a buffer of their own (Buffer.from may share a pool): transferable.
    return { kind: 'encoded', bytes: new TextEncoder().encode(text) }
  } catch (error) {
    if (error instanceof SessionEncodeError) return { kind: 'refused', error: error.error }
    throw error
  }
}

/** About how many bytes a job handles: what decides whether it leaves main's thread. */
export function jobBytes(job: CodecJob): number {
  if (job.kind !== 'encode') return job.bytes.byteLength
  const { data, run } = job.session
  const numbers = data.rows * data.columns.length + (run ? 3 * run.history.epochs.length : 0)
  const lines = run ? run.log.texts.length : 0
  // ~20 characters a full-precision number, ~60 a log line with its numbers.
  return 20 * numbers + 60 * lines + job.session.notes.length
}

/** The buffers an outcome can hand over instead of copying. */
export function transferablesOf(outcome: CodecOutcome): ArrayBuffer[] {
  if (outcome.kind === 'encoded') return [outcome.bytes.buffer as ArrayBuffer]
  if (outcome.kind !== 'decoded' || !outcome.result.ok) return []
  const { data, run } = outcome.result.session
  const arrays = [...data.columns]
  if (run) arrays.push(...Object.values(run.history), ...Object.values(run.log))
  const buffers = arrays.flatMap((value) =>
    value instanceof Float64Array ? [value.buffer as ArrayBuffer] : []
  )
  return [...new Set(buffers)]
}
