// A file replaced whole or not at all: the bytes go to a temporary file in the target's folder
// (same file system, so the rename is atomic), are counted, fsynced, then renamed over the
// target, and the folder is fsynced so the rename itself survives a power cut. On any failure the
// temporary file is removed and the target is left exactly as it was. A reader never sees half a
// file, and a full disk costs the new version, never the old one.
//
//   const result = await writeFileAtomic('/home/t/lab.logitlab', text)
//   if (!result.ok) console.error(`${result.error.step}: ${result.error.code}`)
//
// On Windows a file another program holds open for a moment (an antivirus scan, the search
// indexer, a cloud-sync client) refuses the rename with EPERM, EBUSY or EACCES: the rename is
// retried briefly, then reported as EBUSY (locked). A target its owner marked read-only is not
// replaced behind their back (a rename could): EREADONLYFILE, before anything is written.
// Not write-file-atomic: versions 7 and 8 do not count the bytes written.
//
// Node only (no Electron): the CLI and the desktop app's file service use it.
import * as fs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { tempNameFor } from './tempNames'

/** The few calls the write makes, so tests can make any one of them fail. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WriteHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<{ mode: number; isFile(): boolean }>
  realpath(path: string): Promise<string>
}

export interface WriteHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>
  stat(): Promise<{ size: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * Where it failed: making the temporary file, writing or syncing it, renaming it over the target
 * (the target is then untouched), or syncing the folder after the rename ('syncFolder': the new
 * file is in place, but its entry may not survive a power cut).
 */
export type AtomicWriteStep = 'create' | 'write' | 'sync' | 'rename' | 'syncFolder'

export interface AtomicWriteError {
  step: AtomicWriteStep
  /**
   * The system's error code (ENOSPC, EACCES, ENOENT, ...), 'EIO' for a short write, EBUSY for a
   * rename Windows refused until the retries ran out, EREADONLYFILE for a read-only target.
   */
  code: string
  message: string
}

export type AtomicWriteResult = { ok: true; bytes: number } | { ok: false; error: AtomicWriteError }

export interface AtomicWriteOptions {
  /** Whose rename rules apply: Windows' refusals of a held file are retried. */
  platform?: NodeJS.Platform
  /** How a retry waits (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>
}

const WINDOWS_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES'])
/** At most 10 attempts, ~0.75 s in all: long enough for a scan, short enough to wait for. */
export const RENAME_ATTEMPTS = 10
const pauseBefore = (attempt: number): number => Math.min(100, 40 + 10 * attempt)
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** node:fs/promises: what a write uses unless told otherwise (tests wrap it to fail on cue). */
export const nodeWriteFs: AtomicWriteFs = {
  open: (path, flags, mode) => fs.open(path, flags, mode),
  rename: fs.rename,
  unlink: fs.unlink,
  stat: fs.stat,
  realpath: fs.realpath
}

/** The folder's own entry (the rename) made durable; some systems cannot open a folder. */
async function syncFolder(folder: string, files: AtomicWriteFs): Promise<void> {
  let handle: WriteHandle
  try {
    handle = await files.open(folder, 'r')
  } catch {
    return // Windows cannot open a directory: there the rename is as durable as it gets
  }
  try {
    await handle.sync()
  } catch (error) {
    // The data is in place and renamed; only the folder's entry may not be on disk yet. Some
    // file systems refuse fsync on a directory (EINVAL): there is nothing more to do there.
    if (codeOf(error) !== 'EINVAL' && codeOf(error) !== 'EISDIR') throw error
  } finally {
    await handle.close()
  }
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : 'EIO'
}

function failure(step: AtomicWriteStep, error: unknown): { ok: false; error: AtomicWriteError } {
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, error: { step, code: codeOf(error), message } }
}

interface Target {
  /** The real file behind a symbolic link, so the link stays a link; the path itself otherwise. */
  path: string
  /** Its permissions, kept by the new version; a new file gets the usual 0o666 & ~umask. */
  mode: number
}

async function targetOf(path: string, files: AtomicWriteFs): Promise<Target> {
  let real: string
  try {
    real = await files.realpath(path)
  } catch {
    return { path, mode: 0o666 } // not there yet (or a dangling link: the path is then replaced)
  }
  const stats = await files.stat(real).catch(() => null)
  if (stats === null) return { path: real, mode: 0o666 }
  // Owner-read-only: refused, not replaced. A folder or a device is left to the rename to refuse.
  if (stats.isFile() && (stats.mode & 0o200) === 0) {
    throw Object.assign(new Error(`${path} is read-only`), { code: 'EREADONLYFILE' })
  }
  return { path: real, mode: stats.mode & 0o777 }
}

/** Renames, retrying on Windows while another program holds the file (see the top). */
async function renameOver(
  from: string,
  to: string,
  files: AtomicWriteFs,
  options: AtomicWriteOptions
): Promise<void> {
  const windows = (options.platform ?? process.platform) === 'win32'
  for (let attempt = 1; ; attempt++) {
    try {
      return await files.rename(from, to)
    } catch (error) {
      if (!windows || !WINDOWS_TRANSIENT.has(codeOf(error))) throw error
      if (attempt === RENAME_ATTEMPTS) {
        const message = `${to} stayed locked (${codeOf(error)})`
        throw Object.assign(new Error(message), { code: 'EBUSY', cause: error })
      }
      await (options.sleep ?? sleep)(pauseBefore(attempt))
    }
  }
}

async function writeAll(handle: WriteHandle, bytes: Uint8Array): Promise<void> {
  let written = 0
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written)
    // A write that moves nothing would loop for ever: a broken file system, say so.
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' })
    written += bytesWritten
  }
  const { size } = await handle.stat()
  if (size !== bytes.length) {
    throw Object.assign(new Error(`wrote ${bytes.length} bytes, the file holds ${size}`), {
      code: 'EIO'
    })
  }
}

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  files: AtomicWriteFs = nodeWriteFs,
  options: AtomicWriteOptions = {}
): Promise<AtomicWriteResult> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  let target: Target
  let handle: WriteHandle
  let temp: string
  try {
    target = await targetOf(path, files)
    temp = join(dirname(target.path), tempNameFor(basename(target.path)))
    // 'wx': never open someone else's file of that name
    handle = await files.open(temp, 'wx', target.mode)
  } catch (error) {
    return failure('create', error)
  }
  let step: AtomicWriteStep = 'write'
  try {
    try {
      await writeAll(handle, bytes)
      step = 'sync'
      await handle.sync()
    } finally {
      await handle.close()
    }
    step = 'rename'
    await renameOver(temp, target.path, files, options)
  } catch (error) {
    await files.unlink(temp).catch(() => undefined) // gone already, or never written: fine
    return failure(step, error)
  }
  try {
    await syncFolder(dirname(target.path), files)
  } catch (error) {
    return failure('syncFolder', error)
  }
  return { ok: true, bytes: bytes.length }
}
