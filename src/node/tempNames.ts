// The names of atomic saves' temporary files: `.lab.logitlab.1a2b3c4d5e6f.tmp` beside
// `lab.logitlab`, hidden, in the target's own folder. One pattern for every writer (the CLI, the
// desktop app), so that the app's start-up sweep recognises what any of them left behind when it
// was killed mid-save, and nothing else.
import { randomBytes } from 'node:crypto'

/** The file name's share, in UTF-8 bytes: with the 19 added, within NAME_MAX (255 bytes). */
const NAME_BYTES = 200
const SUFFIX = /\.[0-9a-f]{12}\.tmp$/
const SUFFIX_LENGTH = '.1a2b3c4d5e6f.tmp'.length

export function tempNameFor(fileName: string): string {
  return `.${namePart(fileName)}.${randomBytes(6).toString('hex')}.tmp`
}

/** True for a temporary file of a save of `fileName`, or of any file when `fileName` is null. */
export function isTempName(entry: string, fileName: string | null): boolean {
  if (!entry.startsWith('.') || !SUFFIX.test(entry) || entry.length <= 1 + SUFFIX_LENGTH) {
    return false
  }
  return fileName === null || entry.slice(1, -SUFFIX_LENGTH) === namePart(fileName)
}

/** The longest start of `fileName` (whole characters) that fits in NAME_BYTES. */
function namePart(fileName: string): string {
  let part = ''
  let bytes = 0
  for (const character of fileName) {
    bytes += Buffer.byteLength(character)
    if (bytes > NAME_BYTES) break
    part += character
  }
  return part
}
