// A trained 100,000 x 8 table in the web edition, reported, not asserted (the target: no
// main-thread task over 50 ms):
// - a run of 2,000 epochs on it: the decision plot, the charts and the table follow it live;
// - editing one cell of it a few times, each edit measured from the key press that commits it
//   until the page has been quiet for a while: the table, the predictions, the report and the
//   decision plot (its box, its points and the rows it gets wrong) all follow the edit, and its
//   backup about a second later.
// Set BENCH_TRACE or BENCH_PROFILE to see what a long task is made of (see diagnose.ts).
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { tempFolder, writeBigCsv } from '../web/bigCsv'
import { importCsv, runState } from '../web/labSteps'
import { startDiagnosis } from './diagnose'
import {
  installProbe,
  longestEach,
  longTaskCounts,
  startProbe,
  stopProbe,
  summarize,
  type ProbeReading
} from './probe'
import { report } from './report'

const ROWS = 100_000
const FEATURES = 8
const EDITS = 4
/** After each edit: past its backup (a second after the change) and the frames that follow. */
const SETTLE_MS = 2500

/** Imports a generated 100,000 x 8 CSV and sets a run of `epochs`; then `measure`. */
async function withBigTable(
  page: Page,
  epochs: number,
  measure: () => Promise<void>
): Promise<void> {
  const folder = await tempFolder()
  try {
    const path = join(folder.path, 'big-table-bench.csv')
    await writeBigCsv(path, { rows: ROWS, features: FEATURES, floatLabels: false })
    await installProbe(page)
    await page.goto('/')
    await importCsv(page, path, { button: 'Import CSV…', confirm: 'Import' })
    await expect(page.getByText('Rows: 100,000 · Features: 8')).toBeVisible({ timeout: 120_000 })
    await page.getByLabel('Epochs', { exact: true }).fill(String(epochs))
    await page.getByLabel('Log every', { exact: true }).fill('10')
    await measure()
  } finally {
    await folder.remove()
  }
}

test('a run on a 100,000 x 8 table: the longest task, the frame rate', async ({
  page
}, testInfo) => {
  const epochs = 2000
  await withBigTable(page, epochs, async () => {
    await page.waitForTimeout(SETTLE_MS) // the import's backup
    const diagnosis = await startDiagnosis(page.context().browser()!, page)
    await startProbe(page)
    await page.getByRole('button', { name: 'Train', exact: true }).click()
    await expect(runState(page)).toHaveText('Done', { timeout: 300_000 })
    const reading = await stopProbe(page)
    const found = await diagnosis.stop()
    if (Object.keys(found).length > 0) console.log('diagnosis:', JSON.stringify(found))
    await report(testInfo, 'run-100k', {
      rows: ROWS,
      features: FEATURES,
      ...summarize(reading, epochs)
    })
  })
})

test('editing one cell of a trained 100,000 x 8 table: the longest task on the page', async ({
  page
}, testInfo) => {
  await withBigTable(page, 50, async () => {
    await page.getByRole('button', { name: 'Train', exact: true }).click()
    await expect(runState(page)).toHaveText('Done', { timeout: 120_000 })
    await page.waitForTimeout(SETTLE_MS) // the run's own backup

    const cell = page.getByRole('textbox', { name: 'Row 1, x1' })
    const edits: ProbeReading[] = []
    for (let k = 0; k < EDITS; k++) {
      await cell.click()
      await cell.fill(String(k + 0.5))
      const diagnosis = await startDiagnosis(page.context().browser()!, page)
      await startProbe(page)
      await cell.press('Enter')
      await page.waitForTimeout(SETTLE_MS)
      edits.push(await stopProbe(page))
      const found = await diagnosis.stop()
      if (Object.keys(found).length > 0) console.log(`edit ${k + 1}:`, JSON.stringify(found))
    }
    await expect(cell).toHaveValue(String(EDITS - 1 + 0.5))

    await report(testInfo, 'edit-100k', {
      rows: ROWS,
      features: FEATURES,
      edits: EDITS,
      ...longTaskCounts(edits),
      longestPerEditMs: longestEach(edits),
      slowFrames: edits.flatMap((reading) => reading.longFrames)
    })
  })
})
