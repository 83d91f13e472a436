// A session file as the app reads it: decoded by the shared codec, or the test fails with why not.
import { readFileSync } from 'node:fs'
import { decodeSession, describeSessionError, type Session } from '@shared/session'

export function readSession(path: string): Session {
  const decoded = decodeSession(readFileSync(path, 'utf8'))
  if (!decoded.ok) throw new Error(`${path}: ${describeSessionError(decoded.error)}`)
  return decoded.session
}
