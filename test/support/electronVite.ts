// electron-vite's command-line entry, for tests that build the app. Its package exports only
// package.json and its API, so the bin script is found next to package.json.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { repoRoot } from './paths'

export function electronViteCli(): string {
  const require = createRequire(join(repoRoot, 'package.json'))
  const manifest = require.resolve('electron-vite/package.json')
  const { bin } = require('electron-vite/package.json') as { bin: Record<string, string> }
  return join(dirname(manifest), bin['electron-vite'])
}
