// The Charts panel in a real browser: the cost chart is a named image whose name follows the run,
// the model and the decision line appear as typeset formulas, and "Save as PNG" downloads a PNG.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectLastLogLine, labLog, snapshot } from './labSteps'

/** Script errors on the page (a chart update that throws shows up here, not on screen). */
function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text())
    }
  })
  return errors
}

test('the charts follow the theme, without script errors', async ({ page }, testInfo) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Light', exact: true }).click()
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  const canvases = page.getByRole('region', { name: 'Charts', exact: true }).getByRole('img')
  await expect(canvases).toHaveCount(3)
  const pixels = () =>
    canvases.evaluateAll((all) => all.map((canvas) => (canvas as HTMLCanvasElement).toDataURL()))
  // The charts draw the run's end on their own frames, which can come after the log's last line:
  // the curves name the last epoch once drawn, and the picture as a whole then holds still.
  for (const name of [/^Cost per epoch\./, /^Accuracy per epoch\./]) {
    await expect(page.getByRole('img', { name })).toHaveAccessibleName(/Latest: epoch 1000,/)
  }
  await expect
    .poll(async () => {
      const before = await pixels()
      await page.waitForTimeout(200)
      return (await pixels()).every((image, k) => image === before[k])
    })
    .toBe(true)
  const light = await pixels()
  await page.getByRole('button', { name: 'Dark', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  // Every chart, the decision line's too, is redrawn in the dark palette.
  await expect
    .poll(async () => (await pixels()).map((image, k) => image !== light[k]))
    .toEqual([true, true, true])
  // The points themselves take the dark palette: count pixels in each class's theme colour.
  const decision = page.getByRole('img', { name: /^Data and decision line\./ })
  const themePixels = (variable: string) =>
    decision.evaluate((canvas, name) => {
      const hex = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
      const element = canvas as HTMLCanvasElement
      const context = element.getContext('2d')
      if (context === null) return -1
      const { data } = context.getImageData(0, 0, element.width, element.height)
      let count = 0
      for (let i = 0; i < data.length; i += 4) {
        if (want.every((value, c) => Math.abs(data[i + c] - value) <= 8)) count++
      }
      return count
    }, variable)
  expect(await themePixels('--color-accent')).toBeGreaterThan(50) // y = 1, filled circles
  expect(await themePixels('--color-warning')).toBeGreaterThan(30) // y = 0, crosses
  await snapshot(page, testInfo, 'charts-dark')
  await page.getByRole('button', { name: 'Light', exact: true }).click()
  await expect.poll(pixels).toEqual(light)
  expect(errors).toEqual([])
})

test('the cost chart has an accessible name that follows the run', async ({ page }, testInfo) => {
  const errors = collectErrors(page)
  await page.goto('/')
  const cost = page.getByRole('img', { name: /^Cost per epoch\./ })
  await expect(cost).toBeVisible()
  await expect(cost).toHaveAccessibleName(/No training yet/)
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  await expect(cost).toHaveAccessibleName(/Latest: epoch 1000, cost 0\.019852\./)
  await expect(page.getByRole('img', { name: /^Accuracy per epoch\./ })).toHaveAccessibleName(
    /Latest: epoch 1000, accuracy 100\.00%/
  )
  const charts = page.getByRole('region', { name: 'Charts', exact: true })
  await expect(
    charts.getByText(/^Line: \d+\.\d{4} × x1 \+ \d+\.\d{4} × x2 − \d+\.\d{4}/)
  ).toBeAttached()
  // The model and the line, typeset (MathML), with the lab's final weights.
  const formulas = charts.locator('math')
  await expect(formulas).toHaveCount(2)
  await expect(formulas.first()).toBeVisible()
  await expect(formulas.first()).toContainText('3.2530')
  await expect(
    charts.getByText('The model now: H(x) = sigmoid(3.2530 × x1 + 1.5179 × x2 − 14.4819)')
  ).toBeAttached()
  await snapshot(page, testInfo, 'charts-trained')
  expect(errors).toEqual([])
})

test('Save as PNG downloads the cost chart as a PNG file', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  const toolbar = page.getByRole('toolbar', { name: 'Cost per epoch: chart tools' })
  const download = page.waitForEvent('download')
  await toolbar.getByRole('button', { name: 'Save as PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('logit-lab-cost.png')
  const bytes = await readFile(await file.path())
  // The PNG signature, and more than an empty image.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.length).toBeGreaterThan(2000)
})

test('the cost chart zooms and resets from the keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  const cost = page.getByRole('img', { name: /^Cost per epoch\./ })
  // The chart draws the run's last points on its own frame, which can come after the log's last
  // line: the whole run is drawn once its text alternative names the last epoch.
  await expect(cost).toHaveAccessibleName(/Latest: epoch 1000,/)
  // What the canvas shows, as an image.
  const pixels = () => cost.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL())
  const whole = await pixels()
  await cost.focus()
  await page.keyboard.press('+')
  await expect.poll(pixels).not.toBe(whole)
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('0')
  await expect.poll(pixels).toBe(whole)
  await expect(cost).toBeFocused()
})
