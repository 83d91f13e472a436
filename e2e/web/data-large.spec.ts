import { expect, test } from '@playwright/test'
import { snapshot } from './labSteps'

// 100,000 rows x 8 features in the Data panel: it imports, scrolls and takes an edit at the last
// row. The timings are measured and reported (test annotations and the console), never asserted:
// speed goals belong to benchmarks, not to tests that could fail on a busy machine.
const ROWS = 100_000
const FEATURES = 8

function bigCsv(): string {
  const lines: string[] = []
  for (let i = 0; i < ROWS; i++) {
    const cells = Array.from({ length: FEATURES }, (_, j) =>
      String(((i * 7919 + j * 104729) % 2000) / 1000 - 1)
    )
    cells.push(String(i % 3 === 0 ? 1 : 0))
    lines.push(cells.join(','))
  }
  return lines.join('\n') + '\n'
}

function report(name: string, value: string): void {
  test.info().annotations.push({ type: name, description: value })
  console.log(`${name}: ${value}`)
}

type Timings = { median: number; max: number }

/** The page's globals used here (this project type-checks e2e specs without the DOM library). */
interface PageElement {
  scrollTop: number
  value: string
  dispatchEvent(event: unknown): boolean
}
interface PageGlobals {
  document: { querySelector(selector: string): PageElement | null; activeElement: unknown }
  requestAnimationFrame(callback: () => void): number
  Event: new (type: string, init: { bubbles: boolean }) => unknown
  KeyboardEvent: new (
    type: string,
    init: { key: string; bubbles: boolean; cancelable: boolean }
  ) => unknown
}
const ms = (value: number): string => `${value.toFixed(1)} ms`

test('100,000 rows import, scroll and take an edit at the last row', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bigCsv())
  })
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText('100,000 rows, 8 features, label “y”')).toBeVisible({
    timeout: 60_000
  })
  const importStart = Date.now()
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByText('Rows: 100,000 · Features: 8')).toBeVisible({ timeout: 60_000 })
  report('import (confirm to table shown)', `${Date.now() - importStart} ms`)
  // Only the rows in view exist in the page.
  const rendered = await page.locator('tbody tr.data-row').count()
  expect(rendered).toBeLessThan(100)
  report('rows in the page', String(rendered))

  // Scroll through the table one step per frame for two seconds, timing the frames.
  const frames = await page.evaluate(async () => {
    const { document, requestAnimationFrame } = globalThis as unknown as PageGlobals
    const scroller = document.querySelector('.scroller') as PageElement
    const gaps: number[] = []
    let last = performance.now()
    const end = last + 2000
    while (performance.now() < end) {
      scroller.scrollTop += 900
      await new Promise<void>((resolve) => requestAnimationFrame(resolve))
      const now = performance.now()
      gaps.push(now - last)
      last = now
    }
    gaps.sort((a, b) => a - b)
    return { median: gaps[Math.floor(gaps.length / 2)], max: gaps[gaps.length - 1] } as Timings
  })
  report('scrolling frame time', `median ${ms(frames.median)}, worst ${ms(frames.max)}`)

  // To the last row from the keyboard, then to its first feature.
  await page
    .getByRole('textbox', { name: /^Row [\d,]+, x1$/ })
    .first()
    .click()
  await page.keyboard.press('Control+End')
  await expect(page.getByRole('switch', { name: 'Row 100,000 label: 1' })).toBeFocused()
  for (let j = 0; j < FEATURES; j++) await page.keyboard.press('ArrowLeft')
  const cell = page.getByRole('textbox', { name: 'Row 100,000, x1' })
  await expect(cell).toBeFocused()

  // One keystroke and one committed edit, each timed until the page is updated.
  const edit = await page.evaluate(async () => {
    const { document, Event, KeyboardEvent } = globalThis as unknown as PageGlobals
    const input = document.activeElement as PageElement
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0))
    input.value = 'ab'
    let start = performance.now()
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await settled()
    const keystroke = performance.now() - start
    input.value = 'abc'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await settled()
    start = performance.now()
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
    )
    await settled()
    return { keystroke, commit: performance.now() - start }
  })
  report('typing one character at row 100,000', ms(edit.keystroke))
  report('committing an edit at row 100,000 (store, validation, re-render)', ms(edit.commit))
  await expect(cell).toHaveAttribute('aria-invalid', 'true')
  await expect(
    page
      .getByRole('region', { name: 'Data', exact: true })
      .getByText('Row 100,000, x1: “abc” is not a number')
      .first()
  ).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true')
})

test('1,000 features: only the columns in view are in the page, and the keyboard reaches all', async ({
  page
}, testInfo) => {
  const features = 1000
  const header = [...Array.from({ length: features }, (_, j) => `f${j + 1}`), 'y'].join(',')
  const rows = Array.from({ length: 50 }, (_, i) =>
    [...Array.from({ length: features }, (_, j) => String((i + j) % 10)), String(i % 2)].join(',')
  )
  await page.goto('/')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\n') + '\n')
  })
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText('50 rows, 1,000 features, label “y”')).toBeVisible()
  // The preview shows the first columns, and says so.
  await expect(dialog.getByText('(the first 20 of 1,001 columns)')).toBeVisible()
  await expect(dialog.getByRole('columnheader')).toHaveCount(21)
  await snapshot(page, testInfo, 'wide-preview')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText('Rows: 50 · Features: 1,000')).toBeVisible()

  const grid = page.getByRole('table', { name: /^Training data/ })
  await expect(grid).toHaveAttribute('aria-colcount', '1002')
  const shown = await grid.locator('thead th').count()
  expect(shown).toBeLessThan(30)
  report('header cells in the page for 1,001 columns', String(shown))

  await page.getByRole('textbox', { name: 'Row 1, f1' }).click()
  for (let j = 1; j < 40; j++) await page.keyboard.press('ArrowRight')
  const cell = page.getByRole('textbox', { name: 'Row 1, f40' })
  await expect(cell).toBeFocused()
  await expect(cell).toBeInViewport()
  await expect(cell.locator('xpath=..')).toHaveAttribute('aria-colindex', '41')
  await expect(page.getByRole('textbox', { name: 'Row 1, f1' })).toHaveCount(0)
  await page.keyboard.press('Control+End')
  const last = page.getByRole('switch', { name: 'Row 50 label: 1' })
  await expect(last).toBeFocused()
  await expect(last).toBeInViewport()
  await page.keyboard.press('Control+Home')
  await expect(page.getByRole('textbox', { name: 'Row 1, f1' })).toBeFocused()
  await page.keyboard.press('Control+End')
  await snapshot(page, testInfo, 'wide-grid-end')
})
