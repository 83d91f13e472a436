// The Prediction panel as a student uses it: Train on the lab data, read 100.00% and six right
// rows, then move the threshold and watch the matrix change without a new run.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectLastLogLine, labLog, snapshot, visibleLogLines } from './labSteps'

function predictions(page: Page): Locator {
  return page.getByRole('region', { name: 'Predictions', exact: true })
}

/** The count in one cell of the confusion matrix, found by its label ("TP (true positive)"). */
async function matrixCount(page: Page, label: string): Promise<string> {
  const cell = predictions(page).getByRole('cell', { name: label })
  return ((await cell.locator('.cell-count').textContent()) ?? '').trim()
}

test('after Train on the lab data: 100.00% and all six rows correct', async ({
  page
}, testInfo) => {
  await page.goto('/')
  const panel = predictions(page)
  // Before training: the initial (zero) weights' H(x), and the panel says so.
  await expect(panel.getByText('Before training: H(x) from the initial weights')).toBeVisible()
  await expect(panel.getByRole('cell', { name: '0.5000', exact: true })).toHaveCount(6)

  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  await expect(panel.getByText('100.00% (6 of 6 rows correct)')).toBeVisible()
  const table = panel.getByRole('table', { name: 'Predictions per row' })
  await expect(table.getByRole('row')).toHaveCount(7) // the header and six rows
  await expect(table.getByRole('cell', { name: 'Correct', exact: true })).toHaveCount(6)
  await expect(table.getByRole('cell', { name: 'Wrong', exact: true })).toHaveCount(0)
  // H(x) like the lab's hypothesis after training, 4 decimals.
  for (const h of ['0.0003', '0.0316', '0.0390', '0.9562', '0.9982', '0.9997']) {
    await expect(table.getByRole('cell', { name: h, exact: true })).toHaveCount(1)
  }
  await snapshot(page, testInfo, 'predictions-trained')
})

test('moving the threshold changes the matrix without retraining', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  const panel = predictions(page)
  expect(await matrixCount(page, 'TP (true positive)')).toBe('3')
  expect(await matrixCount(page, 'FN (false negative)')).toBe('0')
  const logBefore = await visibleLogLines(page)

  await panel.getByLabel('Prediction threshold').fill('0.97')
  // Row 4 (H 0.9562) drops below 0.97: one pass is now predicted as a fail.
  await expect.poll(() => matrixCount(page, 'FN (false negative)')).toBe('1')
  expect(await matrixCount(page, 'TP (true positive)')).toBe('2')
  await expect(panel.getByText('83.33% (5 of 6 rows correct)')).toBeVisible()
  await expect(panel.getByRole('cell', { name: 'Wrong', exact: true })).toHaveCount(1)
  // The same threshold is the one the Settings panel shows.
  await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('0.97')

  await panel.getByLabel('Prediction threshold').fill('1')
  await expect.poll(() => matrixCount(page, 'TP (true positive)')).toBe('0')
  await expect(panel.getByText('Undefined (0 / 0): no row is predicted 1')).toBeVisible()
  await snapshot(page, testInfo, 'predictions-threshold')

  // Nothing was retrained: the same log, the run still done at epoch 1000.
  expect(await visibleLogLines(page)).toEqual(logBefore)
})
