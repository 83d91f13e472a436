import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'

// A lesson as a link in the web edition: the link carries the edited table and the settings to
// another page, the work a link replaces stays in recovery, the address forgets the link once it
// is opened, a damaged link changes nothing and says so, and a lesson too long for a link offers
// the file. The diabetes file is read from the shared fixtures, never copied into the repository.

const diabetes = fileURLToPath(new URL('../../../shared/fixtures/diabetes.csv', import.meta.url))

const cell = (page: Page, row: number) => page.getByRole('textbox', { name: `Row ${row}, x1` })
const lr = (page: Page) => page.getByLabel('Learning rate', { exact: true })
const documentBar = (page: Page) => page.getByRole('region', { name: 'File', exact: true })
const message = (page: Page) => page.getByTestId('document-message')
const shareDialog = (page: Page) => page.getByTestId('share-dialog')

async function editCell(page: Page, row: number, value: string): Promise<void> {
  await cell(page, row).fill(value)
  await cell(page, row).press('Enter')
  await expect(cell(page, row)).toHaveValue(value)
}

async function setLearningRate(page: Page, value: string): Promise<void> {
  await lr(page).fill(value)
  await lr(page).press('Enter')
  await expect(lr(page)).toHaveValue(value)
}

/** Waits for a backup written after the last one (the work is in the browser's storage). */
async function backedUp(page: Page, since: number): Promise<void> {
  await expect
    .poll(async () => Number(await documentBar(page).getAttribute('data-kept-at')))
    .toBeGreaterThan(since)
}

const keptAt = async (page: Page) => Number(await documentBar(page).getAttribute('data-kept-at'))

/** Makes the link through the bar's Share Link button; returns it as the dialog shows it. */
async function makeLink(page: Page): Promise<string> {
  await documentBar(page).getByRole('button', { name: 'Share Link' }).click()
  const field = shareDialog(page).getByTestId('share-link-text')
  await expect(field).toHaveValue(/#lesson=1\./)
  return field.inputValue()
}

test.beforeEach(async ({ page }) => {
  // Save downloads (the File System Access API's picker is an OS dialog).
  await page.addInitScript(() => {
    delete (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker
  })
  await page.goto('/')
  await expect(page.getByTestId('document-name')).toBeVisible()
})

test('a link carries the edited data and settings to another page; the work it replaced is kept', async ({
  page,
  context
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await expect(cell(page, 3)).toHaveValue('3')
  const since = await keptAt(page)
  await editCell(page, 3, '7')
  await setLearningRate(page, '0.1')
  const link = await makeLink(page)
  await expect(shareDialog(page).getByTestId('share-status')).toHaveText(
    'Link copied: it carries the data and the settings.'
  )
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
  await shareDialog(page).getByRole('button', { name: 'Close' }).click()
  await expect(shareDialog(page)).toBeHidden()
  await backedUp(page, since)

  // Another page of the same browser: the lesson, and the address without it.
  const other = await context.newPage()
  await other.goto(link)
  await expect(cell(other, 3)).toHaveValue('7')
  await expect(lr(other)).toHaveValue('0.1')
  await expect(message(other)).toHaveText('Opened the lesson from the link.')
  expect(new URL(other.url()).hash).toBe('')

  // The first page changes its work, then opens the link in place: that work goes to recovery.
  const before = await keptAt(page)
  await editCell(page, 3, '9')
  await backedUp(page, before)
  await page.goto(link)
  await expect(cell(page, 3)).toHaveValue('7')
  await expect(message(page)).toHaveText(
    'Opened the lesson from the link. Your work before opening the link is kept in recovery.'
  )
  await expect(page.getByTestId('recovery-banner')).toBeVisible()
  expect(new URL(page.url()).hash).toBe('')
  // A reload shows the lesson as edited since, not the link again.
  const lessonKept = await keptAt(page)
  await editCell(page, 2, '5')
  await backedUp(page, lessonKept)
  await page.reload()
  await expect(cell(page, 2)).toHaveValue('5')
  await expect(cell(page, 3)).toHaveValue('7')

  // The work from before the link is offered to the next page, and comes back.
  const next = await context.newPage()
  await next.goto('/')
  const banner = next.getByTestId('recovery-banner')
  await expect(banner).toBeVisible()
  await banner.getByRole('button', { name: 'Restore' }).click()
  await expect(cell(next, 3)).toHaveValue('9')
  await expect(lr(next)).toHaveValue('0.1')
})

test('a damaged link in the address changes nothing and says what is wrong', async ({ page }) => {
  await expect(cell(page, 3)).toHaveValue('3')
  await editCell(page, 3, '6')
  const link = await makeLink(page)
  await shareDialog(page).getByRole('button', { name: 'Close' }).click()
  await page.goto(link.slice(0, -20))
  await expect(message(page)).toHaveText(
    'The lesson in the address was not opened: This link is damaged, perhaps cut short when it was copied. Copy the whole link again. Your work is as it was.'
  )
  await expect(cell(page, 3)).toHaveValue('6')
  expect(new URL(page.url()).hash).toBe('')

  // Pasted into Open Link…, the same link is refused in the dialog.
  await documentBar(page).getByRole('button', { name: 'Open Link…' }).click()
  await shareDialog(page).getByRole('textbox', { name: 'Lesson link' }).fill('https://example.com/')
  await shareDialog(page).getByRole('button', { name: 'Open' }).click()
  await expect(shareDialog(page).getByTestId('share-refusal')).toHaveText(
    'This is not a Logit Lab lesson link.'
  )
  await expect(cell(page, 3)).toHaveValue('6')
})

test('a lesson too long for a link is refused, and the file is offered instead', async ({
  page
}) => {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import CSV…' }).click()
  await (await chooser).setFiles(diabetes)
  const importDialog = page.getByRole('dialog', { name: 'Import CSV' })
  await importDialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByText('Rows: 759 · Features: 8')).toBeVisible()

  await documentBar(page).getByRole('button', { name: 'Share Link' }).click()
  await expect(shareDialog(page).getByTestId('share-too-long')).toHaveText(
    /^This lesson is too long for a link \([\d,]+ characters; a link holds at most 8,000\)\. Save it as a file and share the file instead\.$/
  )
  const download = page.waitForEvent('download')
  await shareDialog(page).getByRole('button', { name: 'Save as a file' }).click()
  expect((await download).suggestedFilename()).toBe('logit-lab.logitlab')
  await expect(shareDialog(page)).toBeHidden()
})

test.describe('in Korean, dark', () => {
  test.use({ locale: 'ko-KR', colorScheme: 'dark', viewport: { width: 1280, height: 720 } })

  test('the share dialog, for a screenshot', async ({ page }) => {
    await page.getByRole('button', { name: '링크로 공유' }).click()
    const dialog = shareDialog(page)
    await expect(dialog.getByRole('heading')).toHaveText('이 수업의 링크 복사')
    await expect(dialog.getByTestId('share-status')).not.toBeEmpty()
    await page.screenshot({ path: test.info().outputPath('share-dialog-ko-dark.png') })
    await dialog.getByRole('button', { name: '닫기' }).click()

    await page.getByRole('button', { name: '링크 열기…' }).click()
    await dialog.getByRole('textbox', { name: '수업 링크' }).fill('http://127.0.0.1/#lesson=1.@@')
    await dialog.getByRole('button', { name: '열기', exact: true }).click()
    await expect(dialog.getByTestId('share-refusal')).toHaveText(/^링크가 손상되었습니다/)
    await page.screenshot({ path: test.info().outputPath('share-paste-ko-dark.png') })
  })
})
