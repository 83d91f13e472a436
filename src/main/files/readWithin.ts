// Reads a file the user chose, dropped or double-clicked, refusing what it must not read: a
// folder, anything but a regular file (a FIFO would block a thread until someone writes to it),
// and a file past the size limit, all decided from a stat before the first byte is read (a 2 GB
// file is never read).
import { basename } from 'node:path'
import type { DocumentProblem } from '@shared/contract'
import { fileProblem, problemOf, refused, type FileResult } from './fileProblem'
import type { FileSystem, OpenFile } from './fileSystem'

export async function readWithin(
  fs: FileSystem,
  path: string,
  limit: number,
  tooLarge: (size: number) => DocumentProblem
): Promise<FileResult<Uint8Array>> {
  const fileName = basename(path)
  try {
    const stats = await fs.stat(path)
    if (stats.isDirectory()) return refused(problemOf(fileName, 'isDirectory'))
    if (!stats.isFile()) return refused({ ...problemOf(fileName, 'other'), detail: 'notAFile' })
    if (stats.size > limit) return refused(tooLarge(stats.size))
    const file = await fs.open(path, 'r')
    try {
      // The size of the file opened, in case it changed since the stat.
      const { size } = await file.stat()
      if (size > limit) return refused(tooLarge(size))
      return { ok: true, value: await readAll(file, size) }
    } finally {
      await file.close()
    }
  } catch (error) {
    return refused(fileProblem(error, fileName))
  }
}

/** `size` bytes, or fewer if the file shrank while it was read. */
async function readAll(file: OpenFile, size: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(size) // its own buffer: it may be transferred to a worker
  let read = 0
  while (read < size) {
    const { bytesRead } = await file.read(bytes, read, size - read, read)
    if (bytesRead === 0) break
    read += bytesRead
  }
  return read === size ? bytes : bytes.slice(0, read)
}
