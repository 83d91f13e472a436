import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { tempFolder, writeBigCsv, writeWideCsv } from './bigCsv'
import { snapshot } from './labSteps'

// Large CSV files through the import worker, in the browser: a 64 MiB file (1,000,000 rows x 8
// features) shows its progress and can be cancelled, the table unchanged, or imported; files past
// the data limits are refused with the count and the limit, in English and Korean. The files are
// written to a temporary folder for the run. Timings are reported, never asserted.
const ROWS = 1_000_000
const FEATURES = 8
// One row past 2^24 feature cells at 8 features.
const PAST_CELLS_ROWS = 2 ** 24 / FEATURES + 1

let folder: Awaited<ReturnType<typeof tempFolder>>
const file = (name: string): string => join(folder.path, name)

test.beforeAll(async () => {
  folder = await tempFolder()
  await writeBigCsv(file('big.csv'), { rows: ROWS, features: FEATURES })
  await writeWideCsv(file('wide.csv'), 1_000_000)
  await writeBigCsv(file('long.csv'), { rows: PAST_CELLS_ROWS, features: FEATURES, decimals: 1 })
})

test.afterAll(async () => {
  await folder.remove()
})

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('Rows: 6 · Features: 2')).toBeVisible()
})

function report(name: string, value: string): void {
  test.info().annotations.push({ type: name, description: value })
  console.log(`${name}: ${value}`)
}

async function chooseCsv(page: Page, path: string, names = { button: 'Import CSV…' }) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: names.button }).click()
  await (await chooser).setFiles(path)
}

test('a 64 MiB file shows how far reading has come; Cancel stops it, the table unchanged', async ({
  page
}, testInfo) => {
  await chooseCsv(page, file('big.csv'))
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByRole('progressbar', { name: 'Reading big.csv' })).toBeVisible()
  // The worker reports rows as it reads them.
  await expect(
    dialog.getByText(/^Reading big\.csv: [1-9][\d,]* rows so far \(\d+%\)$/)
  ).toBeVisible()
  await snapshot(page, testInfo, 'import-reading-en')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    'Import cancelled: reading big.csv stopped, and the data is unchanged.'
  )
  await expect(dialog.getByRole('progressbar')).toHaveCount(0)
  await snapshot(page, testInfo, 'import-cancelled-en')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Rows: 6 · Features: 2')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('a 64 MiB file imports: 1,000,000 rows of 8 features', async ({ page }) => {
  const start = Date.now()
  await chooseCsv(page, file('big.csv'))
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText('1,000,000 rows, 8 features, label “y”')).toBeVisible({
    timeout: 45_000
  })
  report('64 MiB: file chosen to preview shown', `${Date.now() - start} ms`)
  const built = Date.now()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText('Rows: 1,000,000 · Features: 8')).toBeVisible()
  report('64 MiB: Import to table shown', `${Date.now() - built} ms`)
  await expect(dialog).toBeHidden()
  await page.getByRole('textbox', { name: 'Row 1, x1' }).press('Control+End')
  await expect(page.getByRole('switch', { name: /^Row 1,000,000 label: [01]$/ })).toBeFocused()
})

test('a 1,000,000-column file is refused at its first row, with the count and the limit', async ({
  page
}, testInfo) => {
  await chooseCsv(page, file('wide.csv'))
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(
    dialog.getByText(
      'wide.csv has 1,000,000 columns (999,999 features and the label): the app opens at most 4,096 features. Keep fewer columns and import it again.'
    )
  ).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await snapshot(page, testInfo, 'import-refused-en')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Rows: 6 · Features: 2')).toBeVisible()

  await page.getByRole('button', { name: '한국어' }).click()
  await chooseCsv(page, file('wide.csv'), { button: 'CSV 가져오기…' })
  const korean = page.getByRole('dialog', { name: 'CSV 가져오기' })
  await expect(
    korean.getByText(
      'wide.csv: 열이 1,000,000개(특성 999,999개와 레이블)입니다. 앱은 특성을 4,096개까지 엽니다. 열을 줄여서 다시 가져오세요.'
    )
  ).toBeVisible()
  await snapshot(page, testInfo, 'import-refused-ko')
})

test('a file past 16,777,216 feature cells is refused at the row that crosses the limit', async ({
  page
}, testInfo) => {
  await page.getByRole('button', { name: '한국어' }).click()
  await chooseCsv(page, file('big.csv'), { button: 'CSV 가져오기…' })
  const korean = page.getByRole('dialog', { name: 'CSV 가져오기' })
  await expect(
    korean.getByText(/^big\.csv 파일을 읽는 중: 지금까지 [1-9][\d,]*행 \(\d+%\)$/)
  ).toBeVisible()
  await snapshot(page, testInfo, 'import-reading-ko')
  await korean.getByRole('button', { name: '취소' }).click()
  await expect(korean.getByRole('status')).toHaveText(
    '가져오기를 취소했습니다: big.csv 파일 읽기를 멈췄고, 데이터는 그대로입니다.'
  )
  await korean.getByRole('button', { name: '닫기' }).click()

  await page.getByRole('button', { name: 'English' }).click()
  await chooseCsv(page, file('long.csv'))
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(
    dialog.getByText(
      'long.csv has more than 16,777,216 feature cells (rows × features): reading stopped at row 2,097,153, with 8 features. The app opens at most 16,777,216; keep fewer rows or columns.'
    )
  ).toBeVisible({ timeout: 45_000 })
  await snapshot(page, testInfo, 'import-refused-cells-en')
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
})
