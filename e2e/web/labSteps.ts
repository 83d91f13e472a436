// What the web specs do and read as a user would: by role and label, in either language.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'

/** The lab's diabetes data (759 x 8), read from the shared fixtures, never copied. */
export const diabetesCsvPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/fixtures/diabetes.csv'
)

export { labLog } from '../../test/support/labLog'

/** The log lines on screen, exactly (whitespace kept: Playwright's text matchers collapse it). */
export function visibleLogLines(page: Page): Promise<string[]> {
  return page
    .getByRole('log')
    .locator('.log-line')
    .evaluateAll((lines) => lines.map((line) => line.textContent ?? ''))
}

/** The newest log line on screen ('' before any). */
export async function lastLogLine(page: Page): Promise<string> {
  const lines = await visibleLogLines(page).catch(() => [])
  return lines.at(-1) ?? ''
}

export async function expectLastLogLine(page: Page, line: string, timeout = 30_000): Promise<void> {
  await expect.poll(() => lastLogLine(page), { timeout }).toBe(line)
}

/** The Controls panel (its title is "Training" / "학습"). */
export function controls(page: Page, title = 'Training'): Locator {
  return page.getByRole('region', { name: title, exact: true })
}

/** The run's state as the status line announces it. */
export function runState(page: Page, title = 'Training'): Locator {
  return controls(page, title).getByRole('status')
}

/** The k of "Epoch k/N" in the status line (-1 before the first epoch). */
export async function statusEpoch(page: Page, title = 'Training'): Promise<number> {
  const text = (await controls(page, title).locator('.status-epoch').textContent()) ?? ''
  const match = /(\d[\d,]*)\s*\//.exec(text)
  return match ? Number(match[1].replaceAll(',', '')) : -1
}

/** The accuracy the Predictions panel shows, e.g. '100.00%'. */
export async function shownAccuracy(page: Page, title = 'Predictions'): Promise<string> {
  const text = await page.getByRole('region', { name: title, exact: true }).textContent()
  return /(\d+\.\d\d)%/.exec(text ?? '')?.[0] ?? ''
}

/** Keeps a screenshot of the current state in the test's output folder and its report. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

/** Imports a CSV file through the Data panel's button, file chooser and preview. */
export async function importCsv(
  page: Page,
  path: string,
  names: { button: string; confirm: string }
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: names.button }).click()
  await (await chooser).setFiles(path)
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: names.confirm, exact: true }).click()
  await expect(dialog).toBeHidden()
}
