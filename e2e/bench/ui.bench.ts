// How the renderer holds up during long runs, at full speed (reported, not asserted; the target is
// no main-thread task over 50 ms):
// - 200,000 epochs on the diabetes data (759 x 8), with a student typing in the data table and
//   moving the threshold mid-run: the longest task, the frame rate, the slowest input-to-paint;
// - 1,000,000 epochs on the lab's data: the same, and the JavaScript heap before and after
//   (bounded: the history keeps at most a fixed number of points for drawing);
// - the decision plot on screen while it shades H(x) live, on the lab's data and on 400
//   generated rows of 2 features: the frame rate, long tasks, and that its picture moves.
// Set BENCH_TRACE or BENCH_PROFILE to see what a long task is made of (see diagnose.ts).
import { writeFile } from 'node:fs/promises'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { datasetToCsv } from '../../src/core/csv'
import { builtInData } from '../../src/core/datasets'
import { diabetesCsvPath, importCsv, runState } from '../web/labSteps'
import { startDiagnosis } from './diagnose'
import { heapMb, installProbe, startProbe, stopProbe, summarize } from './probe'
import { report } from './report'

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

/** A fingerprint of the decision plot's middle row of pixels: it changes when the plot moves. */
function boundaryPixels(page: Page): Promise<string> {
  return page.locator('.charts-boundary canvas').evaluate((canvas) => {
    const c = canvas as unknown as {
      width: number
      height: number
      getContext(kind: '2d'): { getImageData(...box: number[]): { data: Uint8ClampedArray } }
    }
    const row = c.getContext('2d').getImageData(0, Math.floor(c.height / 2), c.width, 1).data
    let hash = 0
    for (let i = 0; i < row.length; i++) hash = (hash * 31 + row[i]) >>> 0
    return String(hash)
  })
}

/** Trains with the decision plot on screen; fps, long tasks, and whether its pixels moved. */
async function measureBoundaryRun(page: Page, testInfo: TestInfo, name: string, facts: object) {
  const plot = page.locator('.charts-boundary canvas')
  await plot.scrollIntoViewIfNeeded()
  await expect(plot).toBeVisible()
  const seen = new Set<string>()
  const { reading, status } = await measureRun(page, async () => {
    for (let k = 0; k < 4; k++) {
      await page.waitForTimeout(400)
      seen.add(await boundaryPixels(page))
    }
  })
  await report(testInfo, name, {
    ...facts,
    ...summarize(reading, (facts as { epochs: number }).epochs),
    distinctPlotPicturesIn4Samples: seen.size,
    statusLine: status
  })
}

test('decision plot shading during a run on the lab data', async ({ page }, testInfo) => {
  const epochs = 1_000_000
  await setRun(page, epochs, 1000)
  await measureBoundaryRun(page, testInfo, 'ui-bench-boundary-lab', { epochs, rows: 6 })
})

test('decision plot shading during a run on 400 generated rows of 2 features', async ({
  page
}, testInfo) => {
  const epochs = 100_000
  const generated = builtInData('blobs', { rows: 400, seed: 3 })
  if (!generated.ok) throw new Error('no generated data')
  const path = testInfo.outputPath('blobs-400.csv')
  await writeFile(path, datasetToCsv(generated.data.dataset, generated.data.labelName))
  await importCsv(page, path, { button: 'Import CSV…', confirm: 'Import' })
  await setRun(page, epochs, 1000)
  await measureBoundaryRun(page, testInfo, 'ui-bench-boundary-blobs', {
    epochs,
    rows: 400,
    features: 2
  })
})
