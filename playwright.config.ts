import { defineConfig } from '@playwright/test'

// The web edition runs in Debian's Chromium (Playwright cannot download browsers here).
// The Electron project runs where the Electron binary exists and skips itself, saying so, where not.
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const webPort = Number(process.env['WEB_PORT'] ?? 4173)

export default defineConfig({
  outputDir: 'test-results',
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  projects: [
    {
      name: 'web',
      testDir: 'e2e/web',
      use: {
        baseURL: `http://127.0.0.1:${webPort}`,
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    {
      name: 'electron',
      testDir: 'e2e/electron'
    }
  ],
  webServer: {
    command: `npm run build:web && npx vite preview --config vite.web.config.ts --port ${webPort} --strictPort`,
    env: { WEB_OUT_DIR: `out/web-${webPort}` },
    url: `http://127.0.0.1:${webPort}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000
  }
})
