// The web edition's backups of a trained 100,000 x 8 session, reported, not asserted (the target:
// no main-thread task over 50 ms while a backup is written). A generated CSV is imported, trained
// briefly, then a setting is changed a few times (the epochs: a change that costs the page next to
// nothing itself, unlike a cell edit in a 100,000-row table, whose own work would hide the
// backup's); about a second after each change the whole session is backed up to IndexedDB through
// the documents worker. Each backup is measured from just after its change was shown until the
// page says it is kept.
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
  type ProbeReading
} from './probe'
import { report } from './report'

const ROWS = 100_000
const FEATURES = 8
const EPOCHS = 50
const BACKUPS = 4

// Read with a CSS selector, not getByRole: Playwright's role queries run in the page, and their
// time would count against the backup being measured.
const keptAt = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Number(document.querySelector('.document-bar')?.getAttribute('data-kept-at') ?? 0)
  )
/** The page's clock: a backup kept after this moment has data-kept-at above it. */
const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now())

async function backupKeptAfter(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    (after) =>
      Number(document.querySelector('.document-bar')?.getAttribute('data-kept-at') ?? 0) > after,
    since,
    { polling: 50, timeout: 60_000 }
  )
}

function tasks(readings: ProbeReading[]) {
  return { ...longTaskCounts(readings), longestPerBackupMs: longestEach(readings) }
}

const CASES = [
  { name: 'backup-100k', floatLabels: false },
  // Labels "0.0" / "1.0" (pandas' float column): the table keeps each label's text, 100,000 of them.
  { name: 'backup-100k-label-texts', floatLabels: true }
]

for (const { name, floatLabels } of CASES) {
  test(`backups of a trained 100,000 x 8 session: the longest task on the page (${name})`, async ({
    page
  }, testInfo) => {
    const folder = await tempFolder()
    try {
      const path = join(folder.path, 'backup-bench.csv')
      await writeBigCsv(path, { rows: ROWS, features: FEATURES, floatLabels })
      await installProbe(page)
      await page.goto('/')
      await importCsv(page, path, { button: 'Import CSV…', confirm: 'Import' })
      await expect(page.getByText('Rows: 100,000 · Features: 8')).toBeVisible({ timeout: 120_000 })
      await page.getByLabel('Epochs', { exact: true }).fill(String(EPOCHS))
      await page.getByLabel('Log every', { exact: true }).fill('10')
      await page.getByRole('button', { name: 'Train', exact: true }).click()
      await expect(runState(page)).toHaveText('Done', { timeout: 120_000 })
      // The backup after the run (the trained session) is the first kept; measure from a quiet page.
      await backupKeptAfter(page, await pageNow(page))

      const epochs = page.getByLabel('Epochs', { exact: true })
      const changes: ProbeReading[] = []
      const backups: ProbeReading[] = []
      const latencies: number[] = []
      for (let k = 0; k < BACKUPS; k++) {
        await startProbe(page)
        const changedAt = await pageNow(page)
        await epochs.fill(String(EPOCHS + 10 * (k + 1)))
        await expect(epochs).toHaveValue(String(EPOCHS + 10 * (k + 1)))
        changes.push(await stopProbe(page))
        // BENCH_TRACE / BENCH_PROFILE: what each backup's long tasks are made of.
        const diagnosis = await startDiagnosis(page.context().browser()!, page)
        await startProbe(page)
        await backupKeptAfter(page, changedAt)
        // Playwright's poll adds up to its interval: the page's own time of the backup's end.
        latencies.push((await keptAt(page)) - changedAt)
        backups.push(await stopProbe(page))
        const found = await diagnosis.stop()
        if (Object.keys(found).length > 0) console.log(`backup ${k + 1}:`, JSON.stringify(found))
      }

      await report(testInfo, name, {
        rows: ROWS,
        labelTexts: floatLabels,
        features: FEATURES,
        epochsTrained: EPOCHS,
        backups: BACKUPS,
        duringBackups: tasks(backups),
        duringChanges: tasks(changes),
        // From the change to the backup kept: the quiet second, then building, sending and storing.
        changeToKeptMs: latencies
      })
    } finally {
      await folder.remove()
    }
  })
}
