// The Charts panel in a real browser: the cost chart is a named image whose name follows the run,
// the decision line's equation appears, and "Save as PNG" downloads a PNG file.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { expectLastLogLine, labLog, snapshot } from './labSteps'

test('the cost chart has an accessible name that follows the run', async ({ page }, testInfo) => {
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
  ).toBeVisible()
  await snapshot(page, testInfo, 'charts-trained')
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
