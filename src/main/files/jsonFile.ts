// Main's own small JSON files in the app's data folder (the recent list, backup manifests): read
// with a size cap and checked by a schema (a hand-edited or half-written file is data, not a
// crash), written with the same atomic save as the user's files.
import type { z } from 'zod'
import type { DocumentFiles } from './documentFiles'
import type { FileResult } from './fileProblem'
import { errorCode, type FileSystem } from './fileSystem'
import { readWithin } from './readWithin'

const MAX_JSON_BYTES = 1 << 20

/** The file's value, or null when it is missing or not what `schema` describes (logged). */
export async function readJsonFile<T>(
  fs: FileSystem,
  path: string,
  schema: z.ZodType<T>
): Promise<T | null> {
  const read = await readWithin(fs, path, MAX_JSON_BYTES, () => ({
    kind: 'file',
    fileName: path,
    reason: 'tooLarge'
  }))
  if (!read.ok) {
    const missing = read.problem.kind === 'file' && read.problem.reason === 'notFound'
    if (!missing) console.warn(`Cannot read ${path}`, read.problem)
    return null
  }
  try {
    const parsed = schema.safeParse(JSON.parse(new TextDecoder().decode(read.value)))
    if (parsed.success) return parsed.data
    console.warn(`Ignoring ${path}: not what it should hold`, parsed.error.issues[0])
  } catch (error) {
    console.warn(`Ignoring ${path}: not JSON`, error)
  }
  return null
}

export function writeJsonFile(
  files: DocumentFiles,
  path: string,
  value: unknown
): Promise<FileResult<null>> {
  return files.write(path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`))
}

/** Removes a file; one already gone is fine, any other failure is logged. */
export async function removeFile(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') console.warn(`Cannot remove ${path}`, error)
  }
}
