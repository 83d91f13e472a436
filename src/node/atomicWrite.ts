// A file replaced whole or not at all: the bytes go to a temporary file in the target's folder
// (same file system, so the rename is atomic), are counted, fsynced, then renamed over the
// target, and the folder is fsynced so the rename itself survives a power cut. On any failure the
// temporary file is removed and the target is left exactly as it was. A reader never sees half a
// file, and a full disk costs the new version, never the old one.
//
//   const result = await writeFileAtomic('/home/t/lab.logitlab', text)
//   if (!result.ok) console.error(`${result.error.step}: ${result.error.code}`)
//
// Node only (no Electron): the CLI uses it, and main's file service may.
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The few calls the write makes, so tests can make any one of them fail. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WriteHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<{ mode: number }>
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
  /** The system's error code (ENOSPC, EACCES, ENOENT, ...), or 'EIO' for a short write. */
  code: string
  message: string
}

export type AtomicWriteResult = { ok: true; bytes: number } | { ok: false; error: AtomicWriteError }

const nodeFs: AtomicWriteFs = {
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

/** The real file behind a symbolic link, so the link stays a link; the path itself otherwise. */
async function targetOf(path: string, files: AtomicWriteFs): Promise<string> {
  try {
    return await files.realpath(path)
  } catch {
    return path // not there yet (or a dangling link: the path is then replaced)
  }
}

/** The target's permissions, kept by the new version; a new file gets the usual 0o666 & ~umask. */
async function modeOf(path: string, files: AtomicWriteFs): Promise<number> {
  try {
    return (await files.stat(path)).mode & 0o777
  } catch {
    return 0o666
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
  files: AtomicWriteFs = nodeFs
): Promise<AtomicWriteResult> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const target = await targetOf(path, files)
  const folder = dirname(target)
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: WriteHandle
  try {
    // 'wx': never open someone else's file of that name
    handle = await files.open(temp, 'wx', await modeOf(target, files))
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
    await files.rename(temp, target)
  } catch (error) {
    await files.unlink(temp).catch(() => undefined) // gone already, or never written: fine
    return failure(step, error)
  }
  try {
    await syncFolder(folder, files)
  } catch (error) {
    return failure('syncFolder', error)
  }
  return { ok: true, bytes: bytes.length }
}
