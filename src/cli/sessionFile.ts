// Session files (*.logitlab) for the CLI: read with the size checked before a byte is read and
// decoded by the same codec as the app; written encoded by it, atomically. Every refusal is one
// line naming the file (and, for a file that is not a valid session, the field).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import {
  checkSessionSize,
  decodeSession,
  describeSessionError,
  encodeSession,
  SessionEncodeError,
  type Session
} from '../shared/session'
import { appVersion } from './appVersion'
import { resolveDataPath } from './data'
import { CliError } from './errors'
import { describeFileError } from './fileErrors'
import { writeOutput } from './outputFile'

/** The file's bytes, refused unread when larger than a session may be. */
function readBounded(path: string): Buffer {
  const fd = openSync(resolveDataPath(path), 'r')
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory())
      throw new CliError(`cannot read ${JSON.stringify(path)}: it is a directory`)
    const tooLarge = checkSessionSize(stat.size)
    if (tooLarge) throw new CliError(`${path}: ${describeSessionError(tooLarge)}`)
    const bytes = Buffer.alloc(stat.size)
    let read = 0
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read)
      if (n === 0) break // shorter than it was a moment ago: decode what is there
      read += n
    }
    return bytes.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** The session in `path` (as the user gave it), or a CliError naming the file and the problem. */
export function readSessionFile(path: string): Session {
  let bytes: Buffer
  try {
    bytes = readBounded(path)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`cannot read ${JSON.stringify(path)}: ${describeFileError(error)}`)
  }
  const decoded = decodeSession(bytes.toString('utf8'))
  if (!decoded.ok) throw new CliError(`${path}: ${describeSessionError(decoded.error)}`)
  return decoded.session
}

/** The session's file text; a session the format refuses is a CliError naming the field. */
export function encodeForFile(session: Session, path: string): string {
  try {
    return encodeSession(session, { appVersion: appVersion(), savedAt: new Date() })
  } catch (error) {
    if (!(error instanceof SessionEncodeError)) throw error
    throw new CliError(`cannot save ${JSON.stringify(path)}: ${describeSessionError(error.error)}`)
  }
}

/** Encodes and writes `session` to `path` atomically, then says where on stderr. */
export async function writeSessionFile(
  path: string,
  session: Session,
  warn: (line: string) => void
): Promise<void> {
  await writeOutput(path, encodeForFile(session, path), warn)
  warn(`saved the session to ${JSON.stringify(path)}`)
}
