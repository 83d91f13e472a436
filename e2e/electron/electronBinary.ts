import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The Electron runtime is downloaded from GitHub on first use; where it cannot be (this CI), the
 * Electron project skips, and says why. Everywhere else it runs. Since Electron 45,
 * `require('electron')` itself starts that download when the binary is missing, so the check
 * reads what a download leaves behind (path.txt and the binary it names) instead: deciding to
 * skip never downloads anything. ELECTRON_OVERRIDE_DIST_PATH is honoured as Electron does.
 */
export function electronBinaryOrSkipReason(): { skip: boolean; reason: string; path?: string } {
  const electronDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const distDir = override ?? join(electronDir, 'dist')
  const binary = relative || override ? join(distDir, relative || 'electron') : null
  if (binary && existsSync(binary)) return { skip: false, reason: '', path: binary }
  const reason =
    `Electron binary absent (${binary ?? `nothing downloaded into ${distDir}`}: this project's ` +
    '.npmrc skips install scripts); run npm start once with network access to download it'
  console.log(`[electron e2e] skipped: ${reason}`)
  return { skip: true, reason }
}
