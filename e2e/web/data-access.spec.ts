import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

// axe-core on the Data panel in the states a user meets: the lab's data, a marked invalid cell,
// the CSV preview with problems, and the dark theme. No serious or critical violation.
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`
    )
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')
})

test('the Data panel has no serious accessibility violation, light or dark', async ({ page }) => {
  expect(await seriousViolations(page, 'section.data-panel')).toEqual([])
  const cell = page.getByRole('textbox', { name: 'Row 2, x2' })
  await cell.fill('oops')
  await cell.press('Enter')
  await expect(cell).toHaveAttribute('aria-invalid', 'true')
  expect(await seriousViolations(page, 'section.data-panel')).toEqual([])
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'))
  expect(await seriousViolations(page, 'section.data-panel')).toEqual([])
})

test('the CSV preview has no serious accessibility violation', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('hours,lab,passed\n1,2,0\n2,abc,0\n3,1,2\n4,5\n')
  })
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText('This file cannot be imported')).toBeVisible()
  expect(await seriousViolations(page, 'dialog')).toEqual([])
})

test('a CSV refused for the data limits has no serious accessibility violation', async ({
  page
}) => {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  const row = new Array<string>(4098).fill('0').join(',') + '\n'
  await (
    await chooser
  ).setFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(row + row) })
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText(/^wide\.csv has 4,098 columns/)).toBeVisible()
  expect(await seriousViolations(page, 'dialog')).toEqual([])
})

test('a wide table, its columns virtualised, has no serious accessibility violation', async ({
  page
}) => {
  const features = 100
  const line = (cells: (i: number) => string) =>
    Array.from({ length: features + 1 }, (_, j) => cells(j)).join(',')
  const text = [line((j) => (j < features ? `f${j + 1}` : 'y')), line(() => '1'), line(() => '0')]
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(text.join('\n')) })
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText('Rows: 2 · Features: 100')).toBeVisible()
  await page.getByRole('textbox', { name: 'Row 1, f1' }).press('Control+End')
  await expect(page.getByRole('switch', { name: 'Row 2 label: 0' })).toBeFocused()
  expect(await seriousViolations(page, 'section.data-panel')).toEqual([])
})
