// The file operations the document service performs, as one small interface: node:fs/promises in
// the app, and in tests a stand-in that fails on cue (a full disk, a read-only folder, a locked
// file) where the machine cannot be made to fail for real (root ignores permissions).
import type { Stats } from 'node:fs'
import { mkdir, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises'

/** An open file: what writing, syncing and reading one needs (a FileHandle is one). */
export interface OpenFile {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position?: number
  ): Promise<{ bytesWritten: number }>
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{ bytesRead: number }>
  sync(): Promise<void>
  stat(): Promise<Stats>
  close(): Promise<void>
}

export interface FileSystem {
  /** `flags` as node:fs takes them: 'r' to read, 'wx' to create a file that must not exist. */
  open(path: string, flags: string, mode?: number): Promise<OpenFile>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<Stats>
  realpath(path: string): Promise<string>
  readdir(path: string): Promise<string[]>
  /** Creates the folder and its parents; nothing when it exists. */
  makeFolder(path: string): Promise<void>
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename,
  unlink,
  stat: (path) => stat(path),
  realpath: (path) => realpath(path),
  readdir: (path) => readdir(path),
  makeFolder: async (path) => {
    await mkdir(path, { recursive: true })
  }
}

/** The errno code of a failed file operation ('ENOENT', 'ENOSPC', ...), or null. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}
