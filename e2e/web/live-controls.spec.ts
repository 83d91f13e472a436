/// <reference lib="dom" />
// Live training through the web edition's real Web Worker: every control, mid-run, as a teacher
// would use them in class.
import { expect, test, type Page } from '@playwright/test'
import {
  expectLastLogLine,
  labLog,
  runState,
  snapshot,
  statusEpoch,
  visibleLogLines
} from './labSteps'

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

async function setSpeed(page: Page, label: string): Promise<void> {
  await page.getByLabel('Speed', { exact: true }).selectOption({ label })
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(button(page, 'Train')).toBeEnabled()
})

test('pause holds the epoch, step runs one, resume goes on, stop ends the run', async ({
  page
}, testInfo) => {
  await setSpeed(page, '30 epochs/s')
  await button(page, 'Train').click()
  await expect(runState(page)).toHaveText('Running')
  await expect(button(page, 'Train')).toBeDisabled()
  await expect(page.getByLabel('Epochs', { exact: true })).toBeDisabled()
  await expect.poll(() => statusEpoch(page)).toBeGreaterThanOrEqual(2)

  await button(page, 'Pause').click()
  await expect(runState(page)).toHaveText('Paused')
  const paused = await statusEpoch(page)
  await page.waitForTimeout(500)
  expect(await statusEpoch(page)).toBe(paused)
  await snapshot(page, testInfo, 'paused')

  await button(page, 'Step').click()
  await expect.poll(() => statusEpoch(page)).toBe(paused + 1)
  await expect(runState(page)).toHaveText('Paused')

  // One log interval: up to the next logged epoch, which then appears in the log.
  await page.getByLabel('Step size').selectOption({ label: 'One log interval' })
  await button(page, 'Step').click()
  await expect.poll(() => statusEpoch(page)).toBe(100)
  await expectLastLogLine(page, labLog[1])
  await expect(runState(page)).toHaveText('Paused')

  await button(page, 'Resume').click()
  await expect(runState(page)).toHaveText('Running')
  await expect.poll(() => statusEpoch(page)).toBeGreaterThan(101)

  await button(page, 'Stop').click()
  await expect(runState(page)).toHaveText('Stopped')
  const stopped = await statusEpoch(page)
  await page.waitForTimeout(300)
  expect(await statusEpoch(page)).toBe(stopped)
  await expect(button(page, 'Train')).toBeEnabled()
  await expect(page.getByLabel('Epochs', { exact: true })).toBeEnabled()
  await snapshot(page, testInfo, 'stopped')
})

test('the speed changes mid-run without losing any history', async ({ page }) => {
  await setSpeed(page, '2 epochs/s')
  await button(page, 'Train').click()
  await expect.poll(() => statusEpoch(page)).toBeGreaterThanOrEqual(1)
  const slow = await statusEpoch(page)
  expect(slow).toBeLessThan(10)
  await setSpeed(page, 'As fast as possible')
  await expect(runState(page)).toHaveText('Done', { timeout: 30_000 })
  // Every logged line is there, exactly, however the speed changed.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await button(page, 'Copy').click()
  await expect(page.getByText('Copied the log to the clipboard.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied.split('\n')).toEqual(labLog)
})

test('a stopped run is replaced by a new one that starts from scratch', async ({ page }) => {
  await setSpeed(page, '10 epochs/s')
  await button(page, 'Train').click()
  await expect.poll(() => statusEpoch(page)).toBeGreaterThanOrEqual(1)
  await button(page, 'Stop').click()
  await expect(runState(page)).toHaveText('Stopped')

  await setSpeed(page, 'As fast as possible')
  await button(page, 'Train').click()
  await expect(runState(page)).toHaveText('Done', { timeout: 30_000 })
  await expectLastLogLine(page, labLog[10])
  // The new run's history only: its log starts again at epoch 0 and has no stale lines.
  await page.getByRole('log').evaluate((log) => (log.scrollTop = 0))
  await expect.poll(async () => (await visibleLogLines(page))[0]).toBe(labLog[0])
})

test('Step before Train starts a paused run at epoch 0; Reset weights forgets it', async ({
  page
}) => {
  await button(page, 'Step').click()
  await expect(runState(page)).toHaveText('Paused')
  await expect.poll(() => statusEpoch(page)).toBe(0)
  await expectLastLogLine(page, labLog[0])
  await button(page, 'Reset weights').click()
  await expect(runState(page)).toHaveText('Ready')
  await expect(page.getByRole('log')).toHaveCount(0)
  await expect(page.getByText('Press Train: the log lines appear here')).toBeVisible()
})

test('the keyboard drives the run: Space, S, R, and ? for the list', async ({ page }) => {
  await setSpeed(page, '10 epochs/s')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Space')
  await expect(runState(page)).toHaveText('Running')
  await page.keyboard.press('Space')
  await expect(runState(page)).toHaveText('Paused')
  const paused = await statusEpoch(page)
  await page.keyboard.press('s')
  await expect.poll(() => statusEpoch(page)).toBe(paused + 1)
  await page.keyboard.press('Shift+?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await page.keyboard.press('r')
  await expect(runState(page)).toHaveText('Ready')
  // Typing in a field is typing, not a shortcut.
  await page.getByLabel('Epochs', { exact: true }).fill('')
  await page.getByLabel('Epochs', { exact: true }).pressSequentially('20 s')
  await expect(runState(page)).toHaveText('Ready')
  await expect(page.getByLabel('Epochs', { exact: true })).toHaveValue('20 s')
  await expect(page.getByText('Not a number.')).toBeVisible()
  await expect(button(page, 'Train')).toBeDisabled()
})

test('a run that overflows stops in that epoch and says what helps', async ({ page }) => {
  const cell = page.getByRole('textbox', { name: 'Row 1, x1' })
  await cell.fill('1e38')
  await cell.press('Enter')
  await page.getByLabel('Learning rate', { exact: true }).fill('1000000')
  await button(page, 'Train').click()
  await expect(runState(page)).toHaveText('Diverged')
  await expect(page.getByRole('alert')).toHaveText(
    /^At epoch \d+ the (cost|gradients|weights) overflowed to infinity or NaN\. Scaling the input data or lowering the learning rate might help\.$/
  )
  await expect(button(page, 'Train')).toBeEnabled()
})

test('the log follows the newest line until the user scrolls up to read', async ({ page }) => {
  await page.getByLabel('Log every', { exact: true }).fill('1')
  await setSpeed(page, '60 epochs/s')
  await button(page, 'Train').click()
  await expect.poll(() => statusEpoch(page)).toBeGreaterThanOrEqual(30)
  const log = page.getByRole('log')
  const distanceFromBottom = () =>
    log.evaluate((element) => element.scrollHeight - element.clientHeight - element.scrollTop)
  expect(await distanceFromBottom()).toBeLessThan(25)

  await log.hover()
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -5000)
      return log.evaluate((element) => element.scrollTop)
    })
    .toBeLessThan(40)
  const readingAt = await log.evaluate((element) => element.scrollTop)
  await page.waitForTimeout(600) // ~36 more lines arrive; the log stays where the user is
  expect(await log.evaluate((element) => element.scrollTop)).toBe(readingAt)
  expect(await distanceFromBottom()).toBeGreaterThan(400)
  expect((await visibleLogLines(page))[0]).toBe('Epoch    0/1000 Cost: 0.693147')

  await button(page, 'Latest line').click()
  await expect.poll(distanceFromBottom).toBeLessThan(25)
  await expect(button(page, 'Latest line')).toBeHidden()
  await button(page, 'Stop').click()
})

test('each setting explains itself on keyboard focus and on hover', async ({ page }) => {
  const epochs = page.getByLabel('Epochs', { exact: true })
  const hint = page.getByRole('tooltip').filter({ hasText: 'range(nb_epochs + 1)' })
  await expect(hint).toBeHidden()
  await epochs.focus()
  // Even low in the panel, the explanation scrolls into view with the field.
  await expect(hint).toBeInViewport({ ratio: 1 })
  await expect(epochs).toHaveAccessibleDescription(/the loop runs epochs 0 to N/)
  await page.keyboard.press('Escape')
  await expect(hint).toBeHidden()
  await page.getByLabel('Log every', { exact: true }).hover()
  await expect(
    page.getByRole('tooltip').filter({ hasText: 'A log line for every epoch divisible' })
  ).toBeVisible()
})

test('every control in Settings, sliders included, shows its explanation on focus', async ({
  page
}) => {
  const panel = page.locator('section[aria-labelledby="settings-title"]')
  const controls = panel.locator('input:visible:enabled, select:visible:enabled')
  const count = await controls.count()
  expect(count).toBeGreaterThanOrEqual(10)
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i)
    // a radio button is described by its group (the fieldset) rather than by itself
    const describedBy = await control.evaluate(
      (element) =>
        element.getAttribute('aria-describedby') ??
        element.closest('fieldset')?.getAttribute('aria-describedby') ??
        ''
    )
    const ids = describedBy.split(/\s+/)
    const hints = panel.getByRole('tooltip').and(
      page.locator(
        ids
          .filter(Boolean)
          .map((id) => `[id="${id}"]`)
          .join(', ') || 'none'
      )
    )
    await control.focus()
    await expect(hints, `the explanation of control ${i} (${ids.join(' ')})`).toBeVisible()
    await control.blur()
    await expect(hints).toBeHidden()
  }
})
