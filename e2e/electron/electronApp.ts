// Starting the desktop app for the Electron e2e project: a fresh electron-vite build, then the
// Electron binary on the repository (unpackaged, so no fuses stop Playwright's debugger).
import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { buildWithElectronVite, environmentWithoutDevServer } from '../../test/support/electronVite'
import { repoRoot } from '../../test/support/paths'

/** Environment without the dev server, so the app serves its build over app://. */
function appEnvironment(): Record<string, string> {
  return { ...environmentWithoutDevServer(), LANG: 'en_US.UTF-8' }
}

export function buildApp(): void {
  buildWithElectronVite()
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
