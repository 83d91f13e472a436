// axe-core over the main states of the window: no serious or critical violation in any of them.
import { expect, test } from '@playwright/test'
import { expectNoSeriousViolations } from './axeCheck'
import { expectLastLogLine, labLog, snapshot } from './labSteps'

test('first start, light theme', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled()
  await expectNoSeriousViolations(page, testInfo, 'first-start')
})

// One scan per test: an axe scan of the trained window takes seconds, more on a busy machine.
for (const theme of ['light', 'dark'] as const) {
  test(`after training, ${theme} theme`, async ({ page }, testInfo) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Train', exact: true }).click()
    await expectLastLogLine(page, labLog[10])
    await page
      .getByRole('button', { name: theme === 'light' ? 'Light' : 'Dark', exact: true })
      .click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await snapshot(page, testInfo, `trained-${theme}`)
    await expectNoSeriousViolations(page, testInfo, `trained-${theme}`)
  })
}

test('paused mid-run, in Korean', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: '한국어' }).click()
  await page.getByLabel('속도', { exact: true }).selectOption({ label: '초당 10 에포크' })
  await page.getByRole('button', { name: '학습', exact: true }).click()
  await page.getByRole('button', { name: '일시정지' }).click()
  await expect(
    page.getByRole('region', { name: '학습', exact: true }).getByRole('status')
  ).toHaveText('일시정지됨')
  await expectNoSeriousViolations(page, testInfo, 'paused-korean')
})

test('invalid data and an invalid setting, Train disabled', async ({ page }, testInfo) => {
  await page.goto('/')
  const cell = page.getByRole('textbox', { name: 'Row 2, x2' })
  await cell.fill('three')
  await cell.press('Enter')
  await page.getByLabel('Learning rate', { exact: true }).fill('-1')
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled()
  await expect(page.getByText('Train is unavailable.')).toBeVisible()
  await expect(page.getByText('Must be greater than 0.')).toBeVisible()
  await snapshot(page, testInfo, 'invalid')
  await expectNoSeriousViolations(page, testInfo, 'invalid')
})

test('the shortcuts overlay', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: /^Shortcuts/ }).click()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await snapshot(page, testInfo, 'help')
  await expectNoSeriousViolations(page, testInfo, 'help')
})
