// How the renderer holds up during long runs, at full speed (reported, not asserted; the target is
// no main-thread task over 50 ms):
// - 200,000 epochs on the diabetes data (759 x 8), with a student typing in the data table and
//   moving the threshold mid-run: the longest task, the frame rate, the slowest input-to-paint;
// - 1,000,000 epochs on the lab's data: the same, and the JavaScript heap before and after
//   (bounded: the history keeps at most a fixed number of points for drawing).
// Set BENCH_TRACE or BENCH_PROFILE to see what a long task is made of (see diagnose.ts).
import { writeFile } from 'node:fs/promises'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { diabetesCsvPath, importCsv, runState } from '../web/labSteps'
import { startDiagnosis } from './diagnose'
import { heapMb, installProbe, startProbe, stopProbe, summarize } from './probe'

async function report(testInfo: TestInfo, name: string, figures: object): Promise<void> {
  console.log(`${name}:`, JSON.stringify(figures, null, 2))
  const path = testInfo.outputPath(`${name}.json`)
  await writeFile(path, JSON.stringify(figures, null, 2))
  await testInfo.attach(name, { path, contentType: 'application/json' })
}

async function setRun(page: Page, epochs: number, logEvery: number): Promise<void> {
  await page.getByLabel('Epochs', { exact: true }).fill(String(epochs))
  await page.getByLabel('Log every', { exact: true }).fill(String(logEvery))
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled()
}

/** What a student does during a run: edits a cell (and puts it back), nudges the threshold. */
async function interact(page: Page): Promise<void> {
  const cell = page.getByRole('textbox', { name: 'Row 1, x1' })
  const original = await cell.inputValue()
  await cell.click()
  await cell.press('End')
  await cell.pressSequentially('5', { delay: 80 })
  await cell.press('Backspace')
  await cell.fill(original)
  await cell.press('Enter')
  const threshold = page.getByRole('slider', { name: 'Prediction threshold' })
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    await threshold.press(key)
    await page.waitForTimeout(80)
  }
}

/** Trains, doing `during` while the run goes; the probe's figures and the final status line. */
async function measureRun(page: Page, during: () => Promise<void> = async () => {}) {
  const diagnosis = await startDiagnosis(page.context().browser()!, page)
  await startProbe(page)
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await during()
  await expect(runState(page)).toHaveText('Done', { timeout: 560_000 })
  const reading = await stopProbe(page)
  const found = await diagnosis.stop()
  if (Object.keys(found).length > 0) console.log('diagnosis:', JSON.stringify(found, null, 1))
  const status = (await page.locator('.status-line').textContent())?.trim()
  return { reading, status }
}

test.beforeEach(async ({ page }) => {
  await installProbe(page)
  await page.goto('/')
})

test('renderer during a 200,000-epoch run on the diabetes data, with input', async ({
  page
}, testInfo) => {
  const epochs = 200_000
  await importCsv(page, diabetesCsvPath, { button: 'Import CSV…', confirm: 'Import' })
  await setRun(page, epochs, 1000)
  const { reading, status } = await measureRun(page, async () => {
    await page.waitForTimeout(1000)
    await interact(page)
  })
  await report(testInfo, 'ui-bench-diabetes', {
    epochs,
    rows: 759,
    features: 8,
    ...summarize(reading, epochs),
    statusLine: status
  })
})

test('renderer during a 1,000,000-epoch run on the lab data, memory bounded', async ({
  page
}, testInfo) => {
  const epochs = 1_000_000
  await setRun(page, epochs, 100)
  const heapBefore = await heapMb(page)
  const { reading, status } = await measureRun(page)
  const lastLogLine = await page.getByRole('log').locator('.log-line').last().textContent()
  await report(testInfo, 'ui-bench-lab', {
    epochs,
    rows: 6,
    ...summarize(reading, epochs),
    heapBeforeMb: heapBefore === null ? null : Number(heapBefore.toFixed(1)),
    heapAfterMb: reading.heapMb === null ? null : Number(reading.heapMb.toFixed(1)),
    lastLogLine,
    statusLine: status
  })
})
