// The real file system, failing on cue where this machine cannot be made to fail for real (tests
// run as root, which ignores permissions; the one real full disk, a tiny tmpfs, is in
// test/node/diskFull.test.ts): a read-only folder, a full disk part-way through a write, a locked file.
import { nodeFileSystem, type FileSystem, type OpenFile } from '../../../src/main/files/fileSystem'

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code })
}

export type Fault =
  /** Creating a file fails (a read-only folder: EACCES; a read-only disk: EROFS). */
  | { at: 'create'; code: string }
  /** The disk fills after `after` bytes of a new file. */
  | { at: 'write'; code: 'ENOSPC'; after: number }
  /** Renaming fails with `code` (a locked file on Windows: EPERM, every time). */
  | { at: 'rename'; code: string }

export function faultyFileSystem(fault: Fault): FileSystem {
  return {
    ...nodeFileSystem,
    async open(path, flags, mode) {
      const creating = flags === 'wx'
      if (creating && fault.at === 'create') throw errno(fault.code)
      const file = await nodeFileSystem.open(path, flags, mode)
      return creating && fault.at === 'write' ? fillingUp(file, fault.after) : file
    },
    async rename(from, to) {
      if (fault.at === 'rename') throw errno(fault.code)
      return nodeFileSystem.rename(from, to)
    }
  }
}

/** A file on a disk with `room` bytes left: writes what fits, then ENOSPC. */
function fillingUp(file: OpenFile, room: number): OpenFile {
  let written = 0
  return {
    read: (...args) => file.read(...args),
    stat: () => file.stat(),
    sync: () => file.sync(),
    close: () => file.close(),
    async write(buffer, offset, length, position) {
      if (written >= room) throw errno('ENOSPC')
      const fits = Math.min(length, room - written)
      const result = await file.write(buffer, offset, fits, position)
      written += result.bytesWritten
      return result
    }
  }
}
