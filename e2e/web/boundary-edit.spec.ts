// The decision plot as a student edits it: click the plot to add a student, see the row in the
// table, train again on seven rows; drag a point, delete one, and undo puts each back.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { labLog, lastLogLine, runState, snapshot } from './labSteps'
import { labPlotMap } from './boundaryPlot'

function plot(page: Page): Locator {
  return page.getByRole('img', { name: /^Data and decision line\./ })
}

const rowCount = (page: Page, rows: number) =>
  page.getByText(`Rows: ${rows} · Features: 2`, { exact: true })
/** A cell's number, within what the plot's scale (read from its pixels) can tell apart. */
async function expectNear(cellBox: Locator, value: number): Promise<void> {
  expect(Math.abs(Number(await cellBox.inputValue()) - value)).toBeLessThan(0.15)
}

const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

test('a point clicked on the plot becomes a row, and the next Train uses it', async ({
  page
}, testInfo) => {
  await page.goto('/')
  await expect(rowCount(page, 6)).toBeVisible()
  // The lower right of the lab's plot is empty: its points reach x1 = 6 of 8.
  const empty = (await labPlotMap(plot(page)))(7.2, 1.2)
  await page.mouse.click(empty.x, empty.y)
  await expect(rowCount(page, 7)).toBeVisible()
  await expect(page.getByRole('switch', { name: /^Row 7 label: 1$/ })).toBeChecked()
  // Where it was clicked, rounded to what pointing can place (2 decimals on an axis 8 wide).
  await expectNear(cell(page, 'Row 7, x1'), 7.2)
  await expectNear(cell(page, 'Row 7, x2'), 1.2)

  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText('Done', { timeout: 30_000 })
  await expect.poll(() => lastLogLine(page)).toMatch(/^Epoch 1000\/1000 Cost: \d+\.\d{6}$/)
  expect(await lastLogLine(page)).not.toBe(labLog[10])
  const predictions = page.getByRole('region', { name: 'Predictions', exact: true })
  const table = predictions.getByRole('table', { name: 'Predictions per row' })
  await expect(table.getByRole('row')).toHaveCount(8) // the header and seven rows
  await expect(predictions.getByText(/\(\d of 7 rows correct\)/)).toBeVisible()
  await snapshot(page, testInfo, 'boundary-after-retrain')
})

test('drag a point, delete one, and undo restores each', async ({ page }, testInfo) => {
  await page.goto('/')
  const toScreen = await labPlotMap(plot(page))
  const empty = toScreen(7.2, 1.2)
  await page.mouse.click(empty.x, empty.y)
  await expect(rowCount(page, 7)).toBeVisible()
  const added = {
    x1: await cell(page, 'Row 7, x1').inputValue(),
    x2: await cell(page, 'Row 7, x2').inputValue()
  }

  // Drag the new point up and to the left: one edit, when it is let go.
  const to = toScreen(7, 3)
  await page.mouse.move(empty.x, empty.y)
  await page.mouse.down()
  await page.mouse.move((empty.x + to.x) / 2, (empty.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await expect(cell(page, 'Row 7, x2')).toHaveValue(added.x2) // not yet
  await page.mouse.up()
  await expect(cell(page, 'Row 7, x2')).not.toHaveValue(added.x2)
  await expectNear(cell(page, 'Row 7, x1'), 7)
  await expectNear(cell(page, 'Row 7, x2'), 3)
  const moved = await cell(page, 'Row 7, x1').inputValue()
  await snapshot(page, testInfo, 'boundary-dragged')

  // Right-click removes it.
  await page.mouse.click(to.x, to.y, { button: 'right' })
  await expect(rowCount(page, 6)).toBeVisible()

  const undo = page.getByRole('button', { name: 'Undo', exact: true })
  await undo.click()
  await expect(rowCount(page, 7)).toBeVisible()
  await expect(cell(page, 'Row 7, x1')).toHaveValue(moved)
  await undo.click()
  await expect(cell(page, 'Row 7, x1')).toHaveValue(added.x1)
  await expect(cell(page, 'Row 7, x2')).toHaveValue(added.x2)
  await undo.click()
  await expect(rowCount(page, 6)).toBeVisible()

  // A point just added is picked: Delete (the plot has the focus) removes it, and undo brings it back.
  await page.mouse.click(empty.x, empty.y)
  await expect(rowCount(page, 7)).toBeVisible()
  await expect(plot(page)).toBeFocused()
  await page.keyboard.press('Delete')
  await expect(rowCount(page, 6)).toBeVisible()
  await undo.click()
  await expect(rowCount(page, 7)).toBeVisible()
})
