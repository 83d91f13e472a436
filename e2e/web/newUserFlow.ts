// The new-user flow, step by step, as a student would do it: reproduce the lab, flip a
// label, switch to Korean, import the diabetes data and train it with the torch init, then pause,
// step and resume in slow motion. The same steps run in the web edition (e2e/web) and in the
// desktop app (e2e/electron); only the way to switch the language differs (the header's button,
// or the application menu).
import { expect, type Page, type TestInfo } from '@playwright/test'
import {
  diabetesCsvPath,
  expectLastLogLine,
  importCsv,
  runState,
  shownAccuracy,
  snapshot,
  statusEpoch
} from './labSteps'

export async function newUserFlow(
  page: Page,
  testInfo: TestInfo,
  switchToKorean: () => Promise<void>
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Logit Lab', level: 1 })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')
  await snapshot(page, testInfo, '1-first-start')

  // One click on Train reproduces the lab.
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, 'Epoch 1000/1000 Cost: 0.019852')
  await expect(runState(page)).toHaveText('Done')
  await expect.poll(() => shownAccuracy(page)).toBe('100.00%')
  await snapshot(page, testInfo, '2-lab-reproduced')

  // Flip a label (row 5 passed; now it failed) and train again: the accuracy changes.
  const label = page.getByRole('switch', { name: /^Row 5 label/ })
  await expect(label).toBeChecked()
  await label.click()
  await expect(label).not.toBeChecked()
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText('Done', { timeout: 30_000 })
  await expect.poll(() => shownAccuracy(page)).toBe('83.33%')
  await snapshot(page, testInfo, '3-label-flipped')

  // Switch to Korean: the UI is Korean.
  await switchToKorean()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('button', { name: '학습', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '설정', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '데이터', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '예측', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toHaveCount(0)
  await snapshot(page, testInfo, '4-korean')

  // Import the lab's diabetes data.
  await importCsv(page, diabetesCsvPath, { button: 'CSV 가져오기…', confirm: '가져오기' })
  await expect(page.getByRole('textbox', { name: /^1행, / }).first()).toHaveValue('-0.294118')

  // torch init seed 1, 100 epochs, log every 10, Train.
  await page.getByLabel('초기 가중치').selectOption({ label: 'PyTorch nn.Linear' })
  await page.getByLabel('시드', { exact: true }).fill('1')
  await page.getByLabel('에포크', { exact: true }).fill('100')
  await page.getByLabel('로그 간격', { exact: true }).fill('10')
  await page.getByRole('button', { name: '학습', exact: true }).click()
  await expectLastLogLine(page, 'Epoch  100/100 Cost: 0.481234')
  await expect(runState(page, '학습')).toHaveText('완료')
  await expect.poll(() => shownAccuracy(page, '예측')).toBe('76.81%')
  await snapshot(page, testInfo, '5-diabetes-trained')

  // Slow motion for class: pause mid-run, step one epoch, resume.
  await page.getByLabel('속도').selectOption({ label: '초당 10 에포크' })
  await page.getByRole('button', { name: '학습', exact: true }).click()
  await expect(runState(page, '학습')).toHaveText('학습 중')
  await expect.poll(() => statusEpoch(page, '학습')).toBeGreaterThanOrEqual(3)
  await page.getByRole('button', { name: '일시정지' }).click()
  await expect(runState(page, '학습')).toHaveText('일시정지됨')
  const paused = await statusEpoch(page, '학습')
  expect(paused).toBeLessThan(100)
  await page.waitForTimeout(400)
  expect(await statusEpoch(page, '학습')).toBe(paused)
  await snapshot(page, testInfo, '6-paused')

  await page.getByRole('button', { name: '한 단계' }).click()
  await expect.poll(() => statusEpoch(page, '학습')).toBe(paused + 1)
  await expect(runState(page, '학습')).toHaveText('일시정지됨')
  await snapshot(page, testInfo, '7-stepped')

  await page.getByRole('button', { name: '계속' }).click()
  await expect(runState(page, '학습')).toHaveText('학습 중')
  await expect.poll(() => statusEpoch(page, '학습')).toBeGreaterThan(paused + 1)
  // Finish at full speed: pausing and stepping changed nothing in the numbers.
  await page.getByLabel('속도').selectOption({ label: '최대한 빠르게' })
  await expectLastLogLine(page, 'Epoch  100/100 Cost: 0.481234')
  await expect(runState(page, '학습')).toHaveText('완료')
  await expect.poll(() => shownAccuracy(page, '예측')).toBe('76.81%')
  await snapshot(page, testInfo, '8-resumed-and-done')
}
