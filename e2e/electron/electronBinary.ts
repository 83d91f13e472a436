import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * The Electron runtime is downloaded from GitHub on first use; where it cannot be (this CI), the
 * Electron project skips, and says why. Everywhere else it runs.
 */
export function electronBinaryOrSkipReason(): { skip: boolean; reason: string; path?: string } {
  let path: string
  try {
    path = require('electron') as unknown as string
  } catch (error) {
    const reason = `Electron binary absent (${(error as Error).message.split('\n')[0]}); run npm start once with network access to download it`
    console.log(`[electron e2e] skipped: ${reason}`)
    return { skip: true, reason }
  }
  if (!existsSync(path)) {
    const reason = `Electron binary absent at ${path}`
    console.log(`[electron e2e] skipped: ${reason}`)
    return { skip: true, reason }
  }
  return { skip: false, reason: '', path }
}
