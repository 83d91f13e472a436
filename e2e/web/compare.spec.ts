import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { controls, lastLogLine, runState, snapshot } from './labSteps'

// Compare runs (issue 12 §3) as a student does it: train the lab at lr 1, keep it; train again at
// lr 0.1, keep it; the Compare view overlays both and lists their settings and final costs (the
// log's last numbers); a run removed stays removed, and the kept runs survive a reload and a save.

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const pickers = globalThis as { showSaveFilePicker?: unknown }
    delete pickers.showSaveFilePicker
  })
  await page.goto('/')
  await expect(page.getByRole('textbox', { name: 'Row 3, x1' })).toHaveValue('3')
})

const keepButton = (page: Page) => page.getByTestId('keep-run').first()
/** The kept runs' columns of the Compare table (runs across, settings down). */
const runs = (page: Page) => page.getByTestId('compare-run')
/** One setting or result of every kept run, in the table's order. */
const cells = (page: Page, field: string) =>
  page.getByTestId('compare-table').locator(`td[data-field="${field}"][data-kept]`)
const documentBar = (page: Page) => page.getByRole('region', { name: 'File', exact: true })

/** Trains with learning rate `lr` to the end; returns the cost of the log's last line. */
async function trainAt(page: Page, lr: string, words = { train: 'Train', done: 'Done' }) {
  await page.getByLabel('Learning rate', { exact: true }).fill(lr)
  await controls(page).getByRole('button', { name: words.train, exact: true }).click()
  await expect(runState(page)).toHaveText(words.done, { timeout: 30_000 })
  const line = await lastLogLine(page)
  expect(line).toMatch(/^Epoch 1000\/1000 Cost: \d+\.\d{6}$/)
  return /Cost: (\S+)$/.exec(line)?.[1] ?? ''
}

async function keepAndCheck(page: Page, count: number): Promise<void> {
  await keepButton(page).click()
  await expect(page.getByText(`Kept for comparison (${count} of 4).`).first()).toBeVisible()
}

test('two runs kept side by side, one removed, the other restored after a reload and saved', async ({
  page
}) => {
  await expect(keepButton(page)).toBeDisabled()
  const costAt1 = await trainAt(page, '1')
  expect(costAt1).toBe('0.019852') // the lab's own last line
  await keepAndCheck(page, 1)
  const costAt01 = await trainAt(page, '0.1')
  await keepAndCheck(page, 2)

  await page.getByRole('tab', { name: 'Compare' }).click()
  const view = page.getByRole('region', { name: 'Compare runs' })
  await expect(runs(page)).toHaveCount(2)
  // Both curves, named by what differs; the current run is one of them, so not drawn twice.
  const legend = view.getByRole('list', { name: 'Runs in the charts' })
  await expect(legend.getByRole('listitem')).toHaveText(['Run 1 lr 1', 'Run 2 lr 0.1'])
  await expect(view.getByRole('img', { name: /^Cost per epoch\./ })).toHaveAttribute(
    'aria-label',
    `Cost per epoch. Final cost: Run 1 (lr 1) ${costAt1}; Run 2 (lr 0.1) ${costAt01}.`
  )
  await expect(cells(page, 'lr')).toHaveText(['1', '0.1'])
  await expect(cells(page, 'finalCost')).toHaveText([costAt1, costAt01])
  await expect(cells(page, 'accuracy')).toHaveText(['100.00%', /%$/])
  await expect(page.getByTestId('document-edited')).toBeVisible()

  await view.getByRole('button', { name: 'Remove Run 1 from the comparison' }).click()
  await expect(runs(page)).toHaveCount(1)
  await expect(view.getByRole('status').filter({ hasText: 'Removed Run 1.' })).toBeVisible()
  await expect(cells(page, 'lr')).toHaveText(['0.1'])

  // The backup keeps it: the reloaded page has the one kept run, with its final cost.
  const keptAt = Number(await documentBar(page).getAttribute('data-kept-at'))
  await expect
    .poll(async () => Number(await documentBar(page).getAttribute('data-kept-at')))
    .toBeGreaterThan(keptAt)
  await page.reload()
  await expect(page.getByTestId('document-message')).toHaveText('Your work is back as you left it.')
  await page.getByRole('tab', { name: 'Compare' }).click()
  await expect(runs(page)).toHaveCount(1)
  await expect(cells(page, 'lr')).toHaveText(['0.1'])
  await expect(cells(page, 'finalCost')).toHaveText([costAt01])

  const download = page.waitForEvent('download')
  await documentBar(page).getByRole('button', { name: 'Save', exact: true }).click()
  const path = test.info().outputPath('kept.logitlab')
  await (await download).saveAs(path)
  const saved = JSON.parse(await readFile(path, 'utf8')) as {
    version: number
    keptRuns: { config: { optimizer: { lr: number } }; curve: { epochs: number[] } }[]
  }
  expect(saved.version).toBe(2)
  expect(saved.keptRuns.map((run) => run.config.optimizer.lr)).toEqual([0.1])
  expect(saved.keptRuns[0].curve.epochs.length).toBeLessThanOrEqual(1000)
  expect(saved.keptRuns[0].curve.epochs.at(-1)).toBe(1000)
})

test('a fifth run asks which kept run to remove; Korean, dark, at 1280 x 720', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.emulateMedia({ colorScheme: 'dark' })
  for (const [k, lr] of ['1', '0.5', '0.1', '0.05'].entries()) {
    await trainAt(page, lr)
    await keepAndCheck(page, k + 1)
  }
  await trainAt(page, '2')
  await keepButton(page).click()
  // The Compare view opens with the question; nothing was dropped.
  const question = page.getByTestId('compare-full')
  await expect(question).toContainText('Compare already keeps 4 runs')
  await expect(runs(page)).toHaveCount(4)
  await question.getByRole('button', { name: 'Remove Run 2 (lr 0.5)' }).click()
  await expect(question).toBeHidden()
  await expect(cells(page, 'lr')).toHaveText(['1', '0.1', '0.05', '2'])

  await page.getByRole('button', { name: '한국어' }).click()
  await expect(page.getByRole('tab', { name: '비교' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: '실행 비교' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: '최종 비용' })).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  await snapshot(page, testInfo, 'compare-ko-dark-1280x720')
  await page.getByRole('button', { name: '비교에서 실행 4 지우기' }).scrollIntoViewIfNeeded()
  await snapshot(page, testInfo, 'compare-ko-dark-1280x720-table')
})
