/// <reference lib="dom" />
// Presentation mode in the browser, as a teacher at a projector uses it: F5 after a run, the
// type measured, only the charts, the log and the run controls on screen, the pointer's highlight,
// Space and S still working, Escape back to the desk. Screenshots at 1920x1080 and 1280x720 in
// both languages are kept in the test output (test-results) to be looked at.
import { expect, test, type Page } from '@playwright/test'
import { settleFonts } from './fontProbes'
import { diabetesCsvPath, expectLastLogLine, importCsv, labLog, snapshot } from './labSteps'

const words = {
  en: {
    train: 'Train',
    controls: 'Training',
    settings: 'Settings',
    predictions: 'Predictions',
    data: 'Data',
    charts: 'Charts',
    log: 'Log',
    present: 'Present',
    leave: 'Leave presentation',
    language: 'English'
  },
  ko: {
    train: '학습',
    controls: '학습',
    settings: '설정',
    predictions: '예측',
    data: '데이터',
    charts: '차트',
    log: '로그',
    present: '발표 모드',
    leave: '발표 모드 끝내기',
    language: '한국어'
  }
} as const

type Locale = keyof typeof words

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

/** The computed font size in px of the first element `selector` matches. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
}

async function openIn(page: Page, locale: Locale): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: words[locale].language, exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}

async function trainTheLab(page: Page, locale: Locale): Promise<void> {
  await region(page, words[locale].controls)
    .getByRole('button', { name: words[locale].train, exact: true })
    .click()
  await expectLastLogLine(page, labLog.at(-1) ?? '')
}

const sizes = [
  // The smallest type a class must read at each size: about 2.3% of the screen's height.
  { width: 1920, height: 1080, minBody: 24, minLog: 19 },
  { width: 1280, height: 720, minBody: 17, minLog: 15 }
] as const

for (const locale of ['en', 'ko'] as const) {
  for (const size of sizes) {
    test(`${locale} ${size.width}x${size.height}: F5 presents the run in large type, Escape leaves`, async ({
      page
    }, testInfo) => {
      const w = words[locale]
      await page.setViewportSize({ width: size.width, height: size.height })
      await openIn(page, locale)
      await trainTheLab(page, locale)
      const deskBody = await fontSize(page, 'body')
      const deskLog = await fontSize(page, '.log-line')

      await page.keyboard.press('F5')
      await expect(page.locator('.app')).toHaveClass(/app-presenting/)
      // Still the same page: F5 did not reload it (the run is still there).
      await expectLastLogLine(page, labLog.at(-1) ?? '')
      await expect(region(page, w.settings)).toBeHidden()
      await expect(region(page, w.predictions)).toBeHidden()
      // The lab has two features: the boundary plot is drawn, so the data table is not shown.
      await expect(region(page, w.data)).toBeHidden()
      await expect(region(page, w.charts)).toBeVisible()
      await expect(region(page, w.log)).toBeVisible()
      await expect(region(page, w.controls).getByRole('combobox').last()).toBeVisible()
      await expect(page.getByRole('button', { name: w.leave })).toBeVisible()

      const body = await fontSize(page, 'body')
      const log = await fontSize(page, '.log-line')
      expect(body).toBeGreaterThanOrEqual(size.minBody)
      expect(body).toBeGreaterThan(deskBody * 1.2)
      expect(log).toBeGreaterThanOrEqual(size.minLog)
      expect(log).toBeGreaterThan(deskLog * 1.15)

      // Every chart drawn, inside the window, nothing scrolled away.
      const canvases = region(page, w.charts).locator('canvas')
      await expect(canvases).toHaveCount(3)
      for (const canvas of await canvases.all()) {
        const box = await canvas.boundingBox()
        expect(box?.height ?? 0).toBeGreaterThan(size.height * 0.18)
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height)
      }
      const logBox = await region(page, w.log).boundingBox()
      expect((logBox?.y ?? 0) + (logBox?.height ?? 0)).toBeLessThanOrEqual(size.height)
      await expect(region(page, w.log).locator('.log-line').last()).toBeInViewport()

      // The pointer's highlight follows the mouse and never takes a click.
      await page.mouse.move(size.width * 0.3, size.height * 0.5)
      const spot = page.locator('.cursor-highlight')
      await expect(spot).toHaveClass(/shown/)
      expect(await spot.evaluate((element) => getComputedStyle(element).pointerEvents)).toBe('none')
      await expect
        .poll(async () => {
          const box = await spot.boundingBox()
          return box ? Math.round(box.x + box.width / 2) : -1
        })
        .toBe(Math.round(size.width * 0.3))

      await settleFonts(page)
      await snapshot(page, testInfo, `presentation-${locale}-${size.width}x${size.height}`)

      // Reset (R) and Space train again from the keyboard while presenting.
      await page.keyboard.press('r')
      await expect(region(page, w.log).locator('.log-line')).toHaveCount(0)
      await page.keyboard.press('Space')
      await expectLastLogLine(page, labLog.at(-1) ?? '')

      await page.keyboard.press('Escape')
      await expect(page.locator('.app')).not.toHaveClass(/app-presenting/)
      await expect(region(page, w.settings)).toBeVisible()
      await expect(spot).toHaveCount(0)
      expect(await fontSize(page, 'body')).toBe(deskBody)
      await page.getByRole('button', { name: w.present }).click()
      await expect(page.locator('.app')).toHaveClass(/app-presenting/)
    })
  }
}

test('slow motion and step stay at hand while presenting, from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/')
  await page.keyboard.press('F5')
  const speed = region(page, 'Training').getByLabel('Speed', { exact: true })
  await speed.focus()
  await page.keyboard.press('ArrowDown') // slow motion, chosen with keys only
  await expect(speed).not.toHaveValue('max')
  await page.keyboard.press('Escape') // from the focused select too
  await expect(page.locator('.app')).not.toHaveClass(/app-presenting/)
  await page.keyboard.press('F5')
  await speed.blur() // a focused select takes letters as its own type-ahead
  await page.keyboard.press('s')
  await expect(region(page, 'Log').locator('.log-line')).toHaveText([labLog[0]])
  await expect(page.locator('.app')).toHaveClass(/app-presenting/)
})

test('without a boundary to draw, presenting shows the data table beside the curves', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/')
  await importCsv(page, diabetesCsvPath, { button: 'Import CSV…', confirm: 'Import' })
  await page.keyboard.press('F5')
  await expect(region(page, 'Data')).toBeVisible()
  await expect(region(page, 'Data').getByRole('table')).toBeVisible()
  await expect(region(page, 'Charts')).toBeVisible()
  await expect(region(page, 'Settings')).toBeHidden()
  await settleFonts(page)
  await snapshot(page, testInfo, 'presentation-data-en-1280x720')
})
