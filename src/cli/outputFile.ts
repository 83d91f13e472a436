// Files the CLI writes (sessions, exports): checked before any work, so a missing folder is
// refused before a long run rather than after it, then written whole or not at all
// (node/atomicWrite.ts). A refusal is one line naming the file and the reason.
import { accessSync, constants, realpathSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { writeFileAtomic } from '../node/atomicWrite'
import { resolveDataPath } from './data'
import { CliError } from './errors'
import { describeFileCode, describeFileError } from './fileErrors'

function cannotWrite(path: string, reason: string): CliError {
  return new CliError(`cannot write ${JSON.stringify(path)}: ${reason}`)
}

/** The file a path names once links are followed (the write replaces that file). */
function realTarget(resolved: string): string {
  try {
    return realpathSync(resolved)
  } catch {
    return resolved // not there yet: the path itself
  }
}

/**
 * Refuses, before anything runs, a path that cannot be written: a folder that is missing or not
 * writable, a directory or a device where the file would go. (A full disk shows only on writing.)
 */
export function checkOutputPath(path: string): void {
  const target = realTarget(resolveDataPath(path))
  try {
    const existing = statSync(target, { throwIfNoEntry: false })
    if (existing?.isDirectory()) throw cannotWrite(path, 'it is a directory')
    if (existing && !existing.isFile()) throw cannotWrite(path, 'it is not a regular file')
    const folder = statSync(dirname(target), { throwIfNoEntry: false })
    if (!folder) throw cannotWrite(path, 'no such folder')
    if (!folder.isDirectory()) throw cannotWrite(path, 'a part of the path is not a folder')
    accessSync(dirname(target), constants.W_OK)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw cannotWrite(path, describeFileError(error))
  }
}

/** Writes `content` to `path` atomically; a failure leaves the old file as it was. */
export async function writeOutput(
  path: string,
  content: string | Uint8Array,
  warn: (line: string) => void
): Promise<void> {
  const result = await writeFileAtomic(resolveDataPath(path), content)
  if (result.ok) return
  const { step, code, message } = result.error
  const reason = describeFileCode(code, message)
  if (step === 'syncFolder') {
    // The file is in place; only its folder's entry may not be on disk yet.
    warn(`warning: wrote ${JSON.stringify(path)}, but could not sync its folder: ${reason}`)
    return
  }
  const kept = step === 'create' ? 'nothing was written' : 'the file is unchanged'
  throw cannotWrite(path, `${reason} (${kept})`)
}
