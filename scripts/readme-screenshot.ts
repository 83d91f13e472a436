// Saves docs/screenshot.png for the README: the web edition at 1280x720 in the light theme, right
// after one click on Train reproduced the lab. Run with `npm run screenshot` (builds the web
// edition first); uses Debian's Chromium like the tests (CHROMIUM_PATH to use another).
// To look at other states without touching the README's picture:
//   npm run screenshot -- --theme dark --locale ko --size 1920x1080 --out /tmp/shot.png
//   (--url http://127.0.0.1:4178 uses a running server instead of building one)
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const configFile = resolve(repoRoot, 'vite.web.config.ts')
const lastLine = 'Epoch 1000/1000 Cost: 0.019852'

const { values: options } = parseArgs({
  options: {
    theme: { type: 'string', default: 'light' },
    locale: { type: 'string', default: 'en' },
    size: { type: 'string', default: '1280x720' },
    out: { type: 'string', default: resolve(repoRoot, 'docs/screenshot.png') },
    url: { type: 'string' }
  }
})
const [width, height] = options.size.split('x').map(Number)
const korean = options.locale === 'ko'
// The buttons and texts the script presses and waits for, in the chosen language.
const words = korean
  ? { theme: { light: '밝게', dark: '어둡게' }, train: '학습', predictions: '예측' }
  : { theme: { light: 'Light', dark: 'Dark' }, train: 'Train', predictions: 'Predictions' }

async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  if (options.url) return { url: options.url, close: async () => {} }
  process.env['WEB_OUT_DIR'] = 'out/web-screenshot'
  await build({ configFile, logLevel: 'warn' })
  const server = await preview({ configFile, preview: { port: 4178, strictPort: false } })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server did not say where it listens')
  return { url, close: () => server.close() }
}

async function main(): Promise<void> {
  const output = resolve(options.out)
  const server = await serve()
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu']
  })
  try {
    const context = await browser.newContext({
      viewport: { width, height },
      colorScheme: options.theme === 'dark' ? 'dark' : 'light',
      locale: korean ? 'ko-KR' : 'en-US',
      deviceScaleFactor: 1
    })
    const page = await context.newPage()
    await page.goto(server.url)
    const theme = options.theme === 'dark' ? words.theme.dark : words.theme.light
    await page.getByRole('button', { name: theme, exact: true }).click()
    await page.getByRole('button', { name: words.train, exact: true }).click()
    await page
      .getByRole('log')
      .locator('.log-line', { hasText: lastLine })
      .waitFor({ timeout: 60_000 })
    await page
      .getByRole('region', { name: words.predictions })
      .locator('.pp-accuracy-value', { hasText: '100.00%' })
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
