// The app's version, as a session file records who saved it: package.json's, read once.
import { readFileSync } from 'node:fs'

let version: string | null = null

export function appVersion(): string {
  if (version === null) {
    const manifest: unknown = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    )
    const field = (manifest as { version?: unknown }).version
    version = typeof field === 'string' ? field : '0.0.0'
  }
  return version
}
