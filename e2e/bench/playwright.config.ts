import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import baseConfig from '../../playwright.config'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

// The renderer benchmark (`npm run bench:ui`): the web project's browser and server, its own
// folder and a long timeout. It reports figures and never fails on them.
const webProject = baseConfig.projects?.find((project) => project.name === 'web')
const webUse = webProject?.use ?? {}
// Exact heap figures (not Chromium's rounded ones), and a way to collect before reading them.
const memoryArgs = ['--enable-precise-memory-info', '--js-flags=--expose-gc']

export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: resolve(repoRoot, 'test-results/bench'),
  timeout: 600_000,
  workers: 1,
  projects: [
    {
      name: 'bench',
      use: {
        ...webUse,
        launchOptions: {
          ...webUse.launchOptions,
          args: [...(webUse.launchOptions?.args ?? []), ...memoryArgs]
        }
      }
    }
  ],
  // The same server as the web tests, started from the repository root whatever the cwd.
  webServer: Array.isArray(baseConfig.webServer)
    ? baseConfig.webServer
    : baseConfig.webServer && { ...baseConfig.webServer, cwd: repoRoot }
})
