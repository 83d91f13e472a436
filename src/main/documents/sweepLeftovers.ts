// The start's sweep of temp files left by saves the app did not finish (it was killed, or the
// machine lost power, mid-save). In the backups folder every temp file is ours, and the sweep
// runs before any window can keep work there. Beside the user's files only the temp files of
// files the app wrote lately, and only those older than 10 minutes: another program (the CLI
// shares the pattern) may be saving there right now.
import { basename, dirname } from 'node:path'
import type { FileSystem } from '../files/fileSystem'
import { sweepTempFiles } from '../files/tempFiles'

const USER_FOLDER_MIN_AGE_MS = 10 * 60_000

export function sweepBackupFolder(fs: FileSystem, folder: string, now: number): Promise<number> {
  return sweepTempFiles(fs, folder, { fileNames: null, olderThanMs: 0, now })
}

export async function sweepUserFolders(
  fs: FileSystem,
  writtenFiles: string[],
  now: number
): Promise<number> {
  const byFolder = new Map<string, string[]>()
  for (const file of writtenFiles) {
    byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), basename(file)])
  }
  let removed = 0
  for (const [folder, fileNames] of byFolder) {
    const options = { fileNames, olderThanMs: USER_FOLDER_MIN_AGE_MS, now }
    removed += await sweepTempFiles(fs, folder, options)
  }
  if (removed > 0) console.info(`Removed ${removed} temp file(s) left by unfinished saves`)
  return removed
}
