// Importing a 64 MiB CSV (1,000,000 rows x 8 features), reported, not asserted: the time from
// choosing the file to its preview and from Import to the table shown, the page's longest task in
// each (the target is none over 50 ms), and the page's JavaScript heap after a collection, before
// the file, with its preview open, and once imported. The file is written to a temporary folder.
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { tempFolder, writeBigCsv } from '../web/bigCsv'
import { startDiagnosis, type Diagnosis } from './diagnose'
import { heapMb, installProbe, startProbe, stopProbe, type ProbeReading } from './probe'
import { report } from './report'

const ROWS = 1_000_000
const FEATURES = 8

function tasks(reading: ProbeReading) {
  const longest = reading.longTasks.length > 0 ? Math.max(...reading.longTasks) : 0
  return {
    seconds: Number(reading.seconds.toFixed(2)),
    longTasks: reading.longTasks.length,
    longestTaskMs: Math.round(longest),
    totalLongTaskMs: Math.round(reading.longTasks.reduce((sum, ms) => sum + ms, 0)),
    framesPerSecond: Number((reading.frames / reading.seconds).toFixed(1)),
    slowFrames: [...reading.longFrames].sort((a, b) => b.duration - a.duration).slice(0, 3)
  }
}

async function printDiagnosis(phase: string, diagnosis: Diagnosis): Promise<void> {
  const found = await diagnosis.stop()
  if (Object.keys(found).length > 0) console.log(`${phase}:`, JSON.stringify(found, null, 1))
}

const mb = (value: number | null): number | null =>
  value === null ? null : Number(value.toFixed(1))

test('a 64 MiB CSV: preview, import, the longest tasks and the heap', async ({
  page
}, testInfo) => {
  const folder = await tempFolder()
  try {
    const path = join(folder.path, 'big.csv')
    await writeBigCsv(path, { rows: ROWS, features: FEATURES })
    const bytes = (await stat(path)).size
    await installProbe(page)
    await page.goto('/')
    await expect(page.getByText('Rows: 6 · Features: 2')).toBeVisible()
    const heapBefore = await heapMb(page)

    // BENCH_TRACE / BENCH_PROFILE: what each phase's long tasks are made of (see diagnose.ts).
    const browser = page.context().browser()!
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import CSV…' }).click()
    let diagnosis = await startDiagnosis(browser, page)
    await startProbe(page)
    await (await chooser).setFiles(path)
    const dialog = page.getByRole('dialog', { name: 'Import CSV' })
    await expect(dialog.getByText('1,000,000 rows, 8 features, label “y”')).toBeVisible({
      timeout: 300_000
    })
    const preview = await stopProbe(page)
    await printDiagnosis('preview', diagnosis)

    diagnosis = await startDiagnosis(browser, page)
    await startProbe(page)
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(page.getByText('Rows: 1,000,000 · Features: 8')).toBeVisible({ timeout: 300_000 })
    await expect(dialog).toBeHidden()
    const build = await stopProbe(page)
    await printDiagnosis('build', diagnosis)

    await report(testInfo, 'csv-import-64mib', {
      rows: ROWS,
      features: FEATURES,
      fileMiB: Number((bytes / 2 ** 20).toFixed(1)),
      preview: tasks(preview),
      build: tasks(build),
      heapBeforeMb: mb(heapBefore),
      heapWithPreviewMb: mb(preview.heapMb),
      heapImportedMb: mb(build.heapMb)
    })
  } finally {
    await folder.remove()
  }
})
