// The files service: opening a session or a CSV, saving a session, writing an export, with
// every failure as a DocumentProblem naming the file (never its folder). No electron import:
// main's handlers and dialogs decide which path; this reads and writes it.
import { basename, extname } from 'node:path'
import { MAX_CSV_BYTES, MAX_SESSION_BYTES } from '@shared/limits'
import { checkSessionSize, type Session, type SessionErrorCode } from '@shared/session'
import { writeFileAtomic, type AtomicWriteOptions } from '../../node/atomicWrite'
import type { CodecOutcome } from './codecJobs'
import { fileProblem, problemOf, refused, type FileResult } from './fileProblem'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { PathLocks } from './pathLocks'
import { readWithin } from './readWithin'
import type { SessionCodec } from './sessionCodec'

export interface DocumentFilesOptions {
  codec: SessionCodec
  /** Recorded in every session file ("app": { "version" }). */
  appVersion: string
  fs?: FileSystem
  now?: () => Date
  /** The atomic write's platform rules and retry pause (tests play Windows). */
  write?: AtomicWriteOptions
}

export type OpenedFile = { kind: 'session'; session: Session } | { kind: 'csv'; text: string }

/** A file of another extension (picked under "All files") that is plainly not a session. */
const NOT_A_SESSION = new Set<SessionErrorCode>(['empty', 'notJson', 'truncated', 'notSession'])

export function documentType(path: string): 'session' | 'csv' | 'other' {
  const extension = extname(path).toLowerCase()
  return extension === '.logitlab' ? 'session' : extension === '.csv' ? 'csv' : 'other'
}

export class DocumentFiles {
  private readonly locks = new PathLocks()
  private readonly fs: FileSystem

  constructor(private readonly options: DocumentFilesOptions) {
    this.fs = options.fs ?? nodeFileSystem
  }

  async open(path: string): Promise<FileResult<OpenedFile>> {
    const fileName = basename(path)
    const type = documentType(path)
    if (type === 'csv') {
      const read = await readWithin(this.fs, path, MAX_CSV_BYTES, () =>
        problemOf(fileName, 'tooLarge')
      )
      if (!read.ok) return read
      const text = expect(
        await this.options.codec.run({ kind: 'decodeText', bytes: read.value }),
        'text'
      )
      return { ok: true, value: { kind: 'csv', text: text.text } }
    }
    const read = await readWithin(this.fs, path, MAX_SESSION_BYTES, (size) => ({
      kind: 'session',
      fileName,
      error: checkSessionSize(size) ?? { code: 'tooLarge', limit: MAX_SESSION_BYTES, actual: size }
    }))
    if (!read.ok) return read
    const job = { kind: 'decodeSession' as const, bytes: read.value }
    const { result } = expect(await this.options.codec.run(job), 'decoded')
    if (result.ok) return { ok: true, value: { kind: 'session', session: result.session } }
    if (type === 'other' && NOT_A_SESSION.has(result.error.code)) {
      return refused(problemOf(fileName, 'notSessionOrCsv'))
    }
    return refused({ kind: 'session', fileName, error: result.error })
  }

  async saveSession(path: string, session: Session): Promise<FileResult<null>> {
    const savedAt = (this.options.now?.() ?? new Date()).getTime()
    const job = { kind: 'encode' as const, session, appVersion: this.options.appVersion, savedAt }
    const outcome = await this.options.codec.run(job)
    if (outcome.kind === 'refused') {
      return refused({ kind: 'session', fileName: basename(path), error: outcome.error })
    }
    return this.write(path, expect(outcome, 'encoded').bytes)
  }

  /** Writes `bytes` to `path` atomically (sessions, backups, exports). */
  write(path: string, bytes: Uint8Array): Promise<FileResult<null>> {
    return this.locks.run(path, async () => {
      const result = await writeFileAtomic(path, bytes, this.fs, this.options.write)
      if (result.ok) return { ok: true, value: null }
      const { step, code, message } = result.error
      // The new file is in place; only its folder entry may not have reached the disk yet.
      if (step === 'syncFolder') {
        console.warn(`Saved ${path}, but its folder could not be synced (${code})`, message)
        return { ok: true, value: null }
      }
      console.warn(`Saving ${path} failed at ${step}`, result.error)
      return refused(fileProblem(result.error, basename(path)))
    })
  }
}

function expect<K extends CodecOutcome['kind']>(
  outcome: CodecOutcome,
  kind: K
): Extract<CodecOutcome, { kind: K }> {
  if (outcome.kind !== kind) throw new Error(`the codec answered ${outcome.kind}, not ${kind}`)
  return outcome as Extract<CodecOutcome, { kind: K }>
}
