// Saves docs/screenshot.png for the README: the web edition at 1280x720 in the light theme, right
// after one click on Train reproduced the lab. Run with `npm run screenshot` (builds the web
// edition first); uses Debian's Chromium like the tests (CHROMIUM_PATH to use another).
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const configFile = resolve(repoRoot, 'vite.web.config.ts')
const output = resolve(repoRoot, 'docs/screenshot.png')
const lastLine = 'Epoch 1000/1000 Cost: 0.019852'

async function main(): Promise<void> {
  process.env['WEB_OUT_DIR'] = 'out/web-screenshot'
  await build({ configFile, logLevel: 'warn' })
  const server = await preview({ configFile, preview: { port: 4178, strictPort: false } })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server did not say where it listens')
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu']
  })
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
      locale: 'en-US',
      deviceScaleFactor: 1
    })
    const page = await context.newPage()
    await page.goto(url)
    await page.getByRole('button', { name: 'Light', exact: true }).click()
    await page.getByRole('button', { name: 'Train', exact: true }).click()
    await page
      .getByRole('log')
      .locator('.log-line', { hasText: lastLine })
      .waitFor({ timeout: 60_000 })
    await page
      .getByRole('region', { name: 'Predictions' })
      .getByText('100.00% (6 of 6 rows correct)')
      .waitFor()
    // Let the last chart redraw and the focus ring of the button fade from the picture.
    await page.locator('body').click({ position: { x: 1, y: 1 } })
    await page.waitForTimeout(500)
    await mkdir(dirname(output), { recursive: true })
    await page.screenshot({ path: output })
    console.log(`saved ${output}`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
