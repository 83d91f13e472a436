// electron-vite builds of the desktop app, for tests that need the built files: the Electron e2e
// project (into out/) and the built-worker test (into a temporary folder).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { repoRoot } from './paths'

/** electron-vite's CLI: its package exports only package.json and its API, so found from there. */
export function electronViteCli(): string {
  const require = createRequire(join(repoRoot, 'package.json'))
  const manifest = require.resolve('electron-vite/package.json')
  const { bin } = require('electron-vite/package.json') as { bin: Record<string, string> }
  return join(dirname(manifest), bin['electron-vite'])
}

/** The environment without the dev server's URL, so the build serves its files over app://. */
export function environmentWithoutDevServer(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value
  }
  return env
}

/** Builds main, preload and renderer into `outDir` (out/ by default); throws if it fails. */
export function buildWithElectronVite(options: { outDir?: string; quiet?: boolean } = {}): void {
  const args = [electronViteCli(), 'build']
  if (options.outDir) args.push('--outDir', options.outDir)
  if (options.quiet) args.push('--logLevel', 'error')
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: environmentWithoutDevServer(),
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8'
  })
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed (${result.status}): ${result.stderr ?? ''}`)
  }
}
