import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

// CSV in and out of the Data panel. The diabetes file is read from the shared fixtures beside the
// repository, never copied into it.
/** The page's globals used here (this project type-checks e2e specs without the DOM library). */
type PageWithFiles = {
  DataTransfer: new () => { items: { add(file: unknown): unknown } }
  File: new (parts: string[], name: string, options: { type: string }) => unknown
}

const diabetes = fileURLToPath(new URL('../../../shared/fixtures/diabetes.csv', import.meta.url))

async function chooseCsv(page: Page, file: string | { name: string; text: string }) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  const files =
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) }
  await (await chooser).setFiles(files)
  return page.getByRole('dialog', { name: 'Import CSV' })
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')
})

test('imports diabetes.csv: 759 rows and 8 features', async ({ page }) => {
  const dialog = await chooseCsv(page, diabetes)
  await expect(dialog.getByText('759 rows, 8 features, label “y”')).toBeVisible()
  await expect(dialog.getByText('Header row: no')).toBeVisible()
  await expect(dialog.getByText('No problems found.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Rows: 759 · Features: 8')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('-0.294118')
  await expect(page.getByRole('textbox', { name: 'Row 1, x8' })).toHaveValue('-0.0333333')
  // The last row is reachable from the keyboard in a virtualised table.
  await page.getByRole('textbox', { name: 'Row 1, x1' }).press('Control+End')
  await expect(page.getByRole('switch', { name: 'Row 759 label: 1' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 759 rows' })).toBeVisible()
})

test('a broken CSV lists its problems by line and column; Cancel keeps the data', async ({
  page
}) => {
  const text = 'hours,lab,passed\n1,2,0\n2,abc,0\n# a comment\n3,1,2\n4,5\n'
  const dialog = await chooseCsv(page, { name: 'broken.csv', text })
  await expect(
    dialog.getByText('Line 3 (row 2), column 2 (lab): “abc” is not a number')
  ).toBeVisible()
  await expect(
    dialog.getByText('Line 5 (row 3), column 3 (passed): the label must be 0 or 1, not “2”')
  ).toBeVisible()
  await expect(
    dialog.getByText(
      'Line 6 (row 4), column 3 (passed): number of values before the label: 1, expected 2'
    )
  ).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Rows: 6 · Features: 2')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Row 3, x1' })).toHaveValue('3')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('a CSV with fixable cells imports with them marked; Escape cancels another', async ({
  page
}) => {
  const text = '\ufeff공부시간;실습시간;합격\r\n1;2;0\r\n3,5;1;1\r\n'
  const dialog = await chooseCsv(page, { name: 'grades.csv', text })
  await expect(dialog.getByText('Separator: semicolon')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import' }).click()
  const bad = page.getByRole('textbox', { name: 'Row 2, 공부시간' })
  await expect(bad).toHaveAttribute('aria-invalid', 'true')
  await bad.fill('3.5')
  await bad.press('Enter')
  await expect(bad).not.toHaveAttribute('aria-invalid', 'true')
  const again = await chooseCsv(page, diabetes)
  // The file is read asynchronously: Escape means something only once the preview is up.
  await expect(again.getByText('759 rows, 8 features, label “y”')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(again).toBeHidden()
  await expect(page.getByText('Rows: 2 · Features: 2')).toBeVisible()
})

test('a CSV dropped on the panel opens the preview', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'Data', exact: true })
  const dataTransfer = await page.evaluateHandle((text) => {
    const { DataTransfer, File } = globalThis as unknown as PageWithFiles
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }))
    return transfer
  }, 'a,b,y\n1,2,0\n3,4,1\n')
  await panel.dispatchEvent('dragenter', { dataTransfer })
  await panel.dispatchEvent('drop', { dataTransfer })
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText('File: dropped.csv')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('textbox', { name: 'Row 2, b' })).toHaveValue('4')
})

test('Export CSV downloads logit-lab-data.csv with the cells as typed', async ({ page }) => {
  const cell = page.getByRole('textbox', { name: 'Row 1, x2' })
  await cell.fill('2.50')
  await cell.press('Enter')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('logit-lab-data.csv')
  const text = await readFile(await file.path(), 'utf8')
  expect(text).toBe('\ufeffx1,x2,y\n1,2.50,0\n2,3,0\n3,1,0\n4,3,1\n5,3,1\n6,2,1\n')
})
