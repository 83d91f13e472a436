// Standardization, the data panel's one optional preprocessing step (issue 11): switched on, the
// run trains on x' = (x - μ) / σ and the Lab view starts with the μ and σ it used, the hypothesis
// cell shows the standardized rows, the Code view does the same step in PyTorch; the table keeps
// the raw numbers. Switched off, the next run is the lab's again.
import { expect, test, type Page } from '@playwright/test'
import { runState } from './labSteps'

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })
const cell = (page: Page, title: string) => page.getByRole('region', { name: title })
const STANDARDIZE_CELL = '0. Standardization (switched on in the data panel)'

async function trainToTheEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText(/Done/, { timeout: 30_000 })
}

test('standardizing the lab data: the Lab view shows μ and σ, switching off restores', async ({
  page
}) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled()
  const toggle = page.getByRole('switch', { name: 'Standardize features' })
  await expect(toggle).not.toBeChecked()
  await toggle.check()
  await expect(page.getByText(/x' = \(x − μ\) \/ σ per column/)).toBeVisible()
  await trainToTheEnd(page)

  await tab(page, 'Lab').click()
  const scaling = cell(page, STANDARDIZE_CELL)
  // The toy data: x1 = 1..6 (μ 3.5, population σ sqrt(17.5 / 6)), x2 = 2,3,1,3,3,2.
  await expect(scaling.getByRole('row', { name: /x1 3\.5 1\.70783/ })).toBeVisible()
  await expect(scaling.getByRole('row', { name: /x2 2\.33333 0\.745356/ })).toBeVisible()
  await expect(scaling.locator('.katex').first()).toBeVisible()
  // The hypothesis cell's first row is standardized: (1 - 3.5) / 1.70783, (2 - 2.3333) / 0.74536.
  await expect(cell(page, '2. The hypothesis H(X)')).toContainText('[-1.4639, -0.4472]')
  // The table keeps the user's numbers.
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')

  await tab(page, 'Code').click()
  await expect(page.getByText('x_train = (x_train - mu) / sigma')).toBeVisible()

  await toggle.uncheck()
  // The finished run still shows what it trained with, until the next run.
  await tab(page, 'Lab').click()
  await expect(cell(page, STANDARDIZE_CELL)).toBeVisible()
  await trainToTheEnd(page)
  await expect(cell(page, STANDARDIZE_CELL)).toHaveCount(0)
  await expect(cell(page, '2. The hypothesis H(X)')).toContainText('[1.0000, 2.0000]')
})

test('a constant column is named and left as it is', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled()
  await page.getByRole('switch', { name: 'Standardize features' }).check()
  await expect(page.getByText(/has the same value in every row/)).toHaveCount(0)
  // Every x2 to 3: the column is constant.
  for (const row of [1, 3, 6]) {
    const target = page.getByRole('textbox', { name: `Row ${row}, x2` })
    await target.click()
    await target.fill('3')
    await target.press('Enter')
  }
  await expect(
    page.getByText('Column x2 has the same value in every row (σ = 0): it is left as it is.')
  ).toBeVisible()
})
