// A failed file operation as a DocumentProblem: the reason as data for the renderer to say in the
// user's language, with the file's name only (its folder never leaves main). An errno code with
// no reason of its own is kept in `detail`; nothing else of the error (its message names paths).
import type { DocumentProblem, FileProblemReason } from '@shared/contract'
import { errorCode } from './fileSystem'

const REASONS: Record<string, FileProblemReason> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EACCES: 'notAllowed',
  EPERM: 'notAllowed',
  EROFS: 'readOnly',
  EREADONLYFILE: 'readOnly', // ours: the file itself is marked read-only (see node/atomicWrite)
  EBUSY: 'locked',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EISDIR: 'isDirectory'
}

export function fileProblem(error: unknown, fileName: string): DocumentProblem {
  const code = errorCode(error)
  const reason = code === null ? undefined : REASONS[code]
  if (reason) return { kind: 'file', fileName, reason }
  const detail = code ?? (error instanceof Error ? error.name : 'unknown')
  return { kind: 'file', fileName, reason: 'other', detail }
}

export type FileProblem = Extract<DocumentProblem, { kind: 'file' }>

export function problemOf(fileName: string, reason: FileProblemReason): FileProblem {
  return { kind: 'file', fileName, reason }
}

/** A result of the files service: a value, or the problem to show. */
export type FileResult<T> = { ok: true; value: T } | { ok: false; problem: DocumentProblem }

export const refused = (problem: DocumentProblem): { ok: false; problem: DocumentProblem } => ({
  ok: false,
  problem
})
