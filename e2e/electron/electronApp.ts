// Starting the desktop app for the Electron e2e project: a fresh electron-vite build, then the
// Electron binary on the repository (unpackaged, so no fuses stop Playwright's debugger).
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { electronViteCli } from '../../test/support/electronVite'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Environment without the dev server, so the app serves its build over app://. */
function appEnvironment(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value
  }
  return { ...env, LANG: 'en_US.UTF-8' }
}

export function buildApp(): void {
  const cli = electronViteCli()
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: repoRoot,
    env: appEnvironment(),
    stdio: 'inherit'
  })
  if (result.status !== 0) throw new Error(`electron-vite build failed (${result.status})`)
}

export function launchApp(executablePath: string): Promise<ElectronApplication> {
  // Chromium refuses to run as root with its OS sandbox (CI containers); elsewhere it stays on.
  const asRoot = process.getuid?.() === 0
  return electron.launch({
    executablePath,
    args: [...(asRoot ? ['--no-sandbox'] : []), '--lang=en-US', repoRoot],
    cwd: repoRoot,
    env: appEnvironment()
  })
}
