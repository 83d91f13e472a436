import { expect, test } from '@playwright/test'

// The Data panel as a new user meets it: edit, get told what is wrong, undo, paste, navigate.

/** The page's globals used here (this project type-checks e2e specs without the DOM library). */
type PageWithClipboard = { navigator: { clipboard: { writeText(text: string): Promise<void> } } }

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')
})

test('an invalid value is marked and explained, and undo restores the cell', async ({ page }) => {
  const cell = page.getByRole('textbox', { name: 'Row 3, x1' })
  await cell.click()
  await cell.fill('abc')
  await cell.press('Enter')
  await expect(cell).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('textbox', { name: 'Row 4, x1' })).toBeFocused()
  const data = page.getByRole('region', { name: 'Data', exact: true })
  await expect(data.getByText('Row 3, x1: “abc” is not a number').first()).toBeVisible()
  await expect(cell).toHaveAttribute('title', 'Row 3, x1: “abc” is not a number')
  await cell.focus()
  await expect(cell).toHaveAccessibleDescription('Row 3, x1: “abc” is not a number')
  await page.keyboard.press('Control+z')
  await expect(cell).toHaveValue('3')
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true')
  await expect(data.getByText('“abc” is not a number')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(cell).toHaveValue('abc')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(cell).toHaveValue('3')
})

test('a block copied from a spreadsheet pastes at the focused cell as one step', async ({
  page,
  context
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  // What a spreadsheet puts on the clipboard for three rows of three cells.
  await page.evaluate(
    (text) => (globalThis as unknown as PageWithClipboard).navigator.clipboard.writeText(text),
    '7\t8\t1\n9\t10\t0\n11\t12\t1\n'
  )
  const start = page.getByRole('textbox', { name: 'Row 5, x1' })
  await start.click()
  await page.keyboard.press('Control+v')
  await expect(page.getByText('Rows: 7 · Features: 2')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Row 5, x1' })).toHaveValue('7')
  await expect(page.getByRole('textbox', { name: 'Row 6, x2' })).toHaveValue('10')
  await expect(page.getByRole('switch', { name: 'Row 7 label: 1' })).toBeChecked()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Rows: 6 · Features: 2')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Row 5, x1' })).toHaveValue('5')
})

test('arrows, Enter and Tab move between cells; Space flips a label', async ({ page }) => {
  await page.getByRole('textbox', { name: 'Row 1, x1' }).click()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('textbox', { name: 'Row 2, x1' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Row 2, x2' })).toBeFocused()
  await page.keyboard.press('Tab')
  const label = page.getByRole('switch', { name: 'Row 2 label: 0' })
  await expect(label).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('switch', { name: 'Row 2 label: 1' })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Row 3, x1' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('textbox', { name: 'Row 3, x2' })).toBeFocused()
})

test('features can be added, renamed and removed, but not the last one', async ({ page }) => {
  await page.getByRole('button', { name: 'Add feature' }).click()
  const name = page.getByRole('textbox', { name: 'Name of feature 3' })
  await expect(name).toBeFocused()
  await name.fill('attendance')
  await name.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Row 1, attendance' })).toHaveValue('')
  await page.getByRole('button', { name: 'Remove feature attendance' }).click()
  await page.getByRole('button', { name: 'Remove feature x1' }).click()
  await page.getByRole('button', { name: 'Remove feature x2' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'The last feature cannot be removed' })
  ).toBeVisible()
  await expect(page.getByText('Rows: 6 · Features: 1')).toBeVisible()
})
