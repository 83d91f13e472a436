import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { controls, expectLastLogLine, labLog, statusEpoch, visibleLogLines } from './labSteps'

// The web edition's documents as a student meets them: work that survives a reload, a file that
// opens exactly as it was saved and trains on with the same numbers, the unsaved-changes
// question, and a bad file that changes nothing. Save and Open go through a download and an
// upload here (the pickers of the File System Access API are removed: they are OS dialogs).

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const pickers = globalThis as { showSaveFilePicker?: unknown; showOpenFilePicker?: unknown }
    delete pickers.showSaveFilePicker
    delete pickers.showOpenFilePicker
  })
  await page.goto('/')
  await expect(cell(page, 3)).toHaveValue('3')
})

function cell(page: Page, row: number) {
  return page.getByRole('textbox', { name: `Row ${row}, x1` })
}

const documentBar = (page: Page) => page.getByRole('region', { name: 'File', exact: true })
const edited = (page: Page) => page.getByTestId('document-edited')

async function editCell(page: Page, row: number, value: string): Promise<void> {
  await cell(page, row).click()
  await cell(page, row).fill(value)
  await cell(page, row).press('Enter')
  await expect(cell(page, row)).toHaveValue(value)
}

/** Waits until a backup written after `since` (a data-kept-at value) is kept. */
async function backupKeptAfter(page: Page, since: number): Promise<void> {
  await expect
    .poll(async () => Number(await documentBar(page).getAttribute('data-kept-at')))
    .toBeGreaterThan(since)
}

async function keptAt(page: Page): Promise<number> {
  return Number(await documentBar(page).getAttribute('data-kept-at'))
}

/** Saves through the Save button; returns the downloaded file's path and name. */
async function save(page: Page, button = 'Save'): Promise<{ path: string; name: string }> {
  const download = page.waitForEvent('download')
  await documentBar(page).getByRole('button', { name: button, exact: true }).click()
  const file = await download
  const path = test.info().outputPath(file.suggestedFilename())
  await file.saveAs(path)
  return { path, name: file.suggestedFilename() }
}

async function openFile(
  page: Page,
  file: string | { name: string; buffer: Buffer },
  unsavedAnswer?: string
) {
  const chooser = page.waitForEvent('filechooser')
  await documentBar(page).getByRole('button', { name: 'Open…' }).click()
  if (unsavedAnswer) {
    await page.getByRole('dialog').getByRole('button', { name: unsavedAnswer }).click()
  }
  await (
    await chooser
  ).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' })
}

test('an edited table survives a reload, and Save downloads the session', async ({ page }) => {
  const before = await keptAt(page)
  await editCell(page, 3, '7')
  await expect(edited(page)).toBeVisible()
  await expect(page).toHaveTitle('● Untitled — Logit Lab')
  await backupKeptAfter(page, before)
  await expect(page.getByTestId('document-kept')).toContainText('The browser may delete it')

  await page.reload()
  await expect(cell(page, 3)).toHaveValue('7')
  await expect(page.getByTestId('document-message')).toHaveText('Your work is back as you left it.')
  await expect(edited(page)).toBeVisible()

  const saved = await save(page)
  expect(saved.name).toBe('logit-lab.logitlab')
  const text = await readFile(saved.path, 'utf8')
  expect(JSON.parse(text)).toMatchObject({ format: 'logit-lab/session', version: 2 })
  await expect(edited(page)).toBeHidden()
  await expect(page.getByTestId('document-name')).toHaveText('logit-lab.logitlab')
  await expect(page).toHaveTitle('logit-lab.logitlab — Logit Lab')

  // The save is kept too: a reload shows the file's name and no unsaved mark.
  await page.reload()
  await expect(cell(page, 3)).toHaveValue('7')
  await expect(page.getByTestId('document-name')).toHaveText('logit-lab.logitlab')
  await expect(edited(page)).toBeHidden()
})

test('a saved run opens as it was and continues to the numbers of a run that never stopped', async ({
  page
}) => {
  await page.getByLabel('Step size').selectOption('logInterval')
  for (const epoch of [0, 100, 200, 300]) {
    // A press while the run is starting is not a step: each waits for the one before.
    await controls(page).getByRole('button', { name: 'Step' }).click()
    await expect.poll(() => statusEpoch(page)).toBe(epoch)
  }
  await page.locator('#setting-threshold').fill('0.6')
  await page.locator('#setting-threshold').press('Enter')
  const lines = await visibleLogLines(page)
  expect(lines).toEqual(labLog.slice(0, 4))
  const saved = await save(page)

  // Another document in between: the table, the run and the settings are gone.
  await documentBar(page).getByRole('button', { name: 'New' }).click()
  await expect(page.getByTestId('document-message')).toHaveText('A new, untitled document.')
  await expect.poll(() => visibleLogLines(page)).toEqual([])
  await editCell(page, 3, '9')
  await documentBar(page).getByRole('button', { name: 'New' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Don’t Save' }).click()

  await openFile(page, saved.path)
  await expect(page.getByTestId('document-message')).toHaveText(`Opened ${saved.name}.`)
  await expect.poll(() => visibleLogLines(page)).toEqual(lines)
  await expect(page.locator('#setting-threshold')).toHaveValue('0.6')
  await expect.poll(() => statusEpoch(page)).toBe(300)
  await expect(page.getByLabel('Step size')).toHaveValue('logInterval')
  await expect(edited(page)).toBeHidden()

  await controls(page).getByRole('button', { name: 'Continue' }).click()
  await expectLastLogLine(page, labLog.at(-1) ?? '')
  expect(await visibleLogLines(page)).toEqual(labLog)
})

test('New asks about unsaved changes: Cancel keeps the work, Don’t Save discards it', async ({
  page
}) => {
  await editCell(page, 3, '7')
  const newButton = documentBar(page).getByRole('button', { name: 'New' })
  await newButton.click()
  const dialog = page.getByRole('dialog', { name: 'Save the changes to “Untitled”?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeFocused()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(cell(page, 3)).toHaveValue('7')

  await newButton.click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(cell(page, 3)).toHaveValue('7')

  await newButton.click()
  await dialog.getByRole('button', { name: 'Don’t Save' }).click()
  await expect(cell(page, 3)).toHaveValue('3')
  await expect(edited(page)).toBeHidden()
})

test('a corrupt file is refused with the field it names, and the work stays', async ({ page }) => {
  const saved = await save(page)
  const session = JSON.parse(await readFile(saved.path, 'utf8'))
  session.settings.config.optimizer.lr = 'fast'
  await editCell(page, 3, '7')

  const broken = { name: 'broken.logitlab', buffer: Buffer.from(JSON.stringify(session)) }
  await openFile(page, broken, 'Don’t Save')
  await expect(page.getByTestId('document-message')).toHaveText(
    'Could not open broken.logitlab: the field settings.config.optimizer.lr is missing or of the wrong type. Nothing open was changed.'
  )
  await expect(cell(page, 3)).toHaveValue('7')
  await expect(edited(page)).toBeVisible()
})

test("a closed tab's work is offered at the next visit", async ({ page, context }) => {
  const before = await keptAt(page)
  await editCell(page, 3, '8')
  await backupKeptAfter(page, before)
  await page.close()

  const next = await context.newPage()
  await next.goto('/')
  const banner = next.getByTestId('recovery-banner')
  await expect(banner).toContainText('Work from an earlier visit was found')
  await expect(cell(next, 3)).toHaveValue('3')
  await banner.getByRole('button', { name: 'Restore' }).click()
  await expect(cell(next, 3)).toHaveValue('8')
  await expect(banner).toBeHidden()
})

test('a CSV opened with Open… goes to the import preview, read once in its worker', async ({
  page
}) => {
  // A byte-order mark and a Korean header: the import's worker decodes the file itself.
  const csv = { name: 'scores.csv', buffer: Buffer.from('\uFEFF점수,x2,y\n1,2,0\n3,4,1\n') }
  await openFile(page, csv)
  const dialog = page.getByRole('dialog', { name: 'Import CSV' })
  await expect(dialog.getByText('File: scores.csv')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Row 2, 점수' })).toHaveValue('3')
})
