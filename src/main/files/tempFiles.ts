// Sweeping the temporary files of atomic saves (src/node/tempNames.ts). A save removes its own
// temp file whether it succeeds or fails; one left behind means a writer was killed mid-save, and
// the next start sweeps it (only files of that exact pattern, only beside files the app wrote,
// and only once old enough not to be another program's save in progress, e.g. the CLI's).
import { join } from 'node:path'
import { isTempName } from '../../node/tempNames'
import { errorCode, type FileSystem } from './fileSystem'

export interface SweepOptions {
  /** Only temp files of these names; null: every temp file in the folder (the app's own). */
  fileNames: string[] | null
  /** Leave files modified less than this long ago. */
  olderThanMs: number
  now: number
}

/** Removes the leftover temp files in `folder`; returns how many. A missing folder has none. */
export async function sweepTempFiles(
  fs: FileSystem,
  folder: string,
  options: SweepOptions
): Promise<number> {
  let entries: string[]
  try {
    entries = await fs.readdir(folder)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') console.warn(`Cannot list ${folder} to sweep`, error)
    return 0
  }
  const names = options.fileNames
  const matches = entries.filter((entry) =>
    names === null ? isTempName(entry, null) : names.some((name) => isTempName(entry, name))
  )
  let removed = 0
  for (const entry of matches) {
    const path = join(folder, entry)
    try {
      const stats = await fs.stat(path)
      if (!stats.isFile() || options.now - stats.mtimeMs < options.olderThanMs) continue
      await fs.unlink(path)
      removed++
    } catch (error) {
      console.warn(`Cannot remove the leftover temp file ${path}`, error)
    }
  }
  return removed
}
