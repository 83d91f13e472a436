/// <reference lib="dom" />
// The page to hand in: after the lab's run, the page printed as Chromium prints it (print media,
// A4) is one page, and holds the log's last line, the data summary and the prediction table.
// The PDF's text is read with poppler's pdftotext and its pages counted with pdfinfo.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectLastLogLine, labLog } from './labSteps'

function pdfFacts(path: string): { pages: number; text: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? -1)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  return { pages, text }
}

async function printToPdf(page: Page, path: string): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' })
  writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true }))
  await page.emulateMedia({ media: 'screen' })
  return pdfFacts(path)
}

const lastLine = labLog.at(-1) ?? ''

test('after the lab run, the report prints on one page with the log, data and predictions', async ({
  page
}, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, lastLine)
  // The header's button goes through the platform, to the browser's print dialog.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: 'Print / Save as PDF' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')

  const { pages, text } = await printToPdf(page, testInfo.outputPath('report-en.pdf'))
  expect(pages).toBe(1)
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain(lastLine.replace(/\s+/g, ' '))
  expect(flat).toContain('Logit Lab run report')
  expect(flat).toContain('Rows 6')
  expect(flat).toContain('y = 0: 3 · y = 1: 3')
  expect(flat).toContain('SGD (lr 1, momentum 0)')
  expect(flat).toContain('100.00% (6 of 6 rows)')
  expect(flat).toContain('Cost per epoch')
  // The screen's panels stay off the page.
  expect(flat).not.toContain('Reset weights')
  expect(flat).not.toContain('Print / Save as PDF')
})

test('in Korean, and in presentation mode with the dark theme, still one page in black on white', async ({
  page
}, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: '한국어', exact: true }).click()
  await page.getByRole('button', { name: '어둡게', exact: true }).click()
  await page.getByRole('button', { name: '학습', exact: true }).first().click()
  await expectLastLogLine(page, lastLine)
  await page.keyboard.press('F5')
  const { pages, text } = await printToPdf(page, testInfo.outputPath('report-ko.pdf'))
  expect(pages).toBe(1)
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain(lastLine.replace(/\s+/g, ' '))
  expect(flat).toContain('Logit Lab 학습 보고서')
  expect(flat).toContain('마지막 로그')
  // Black on white: the report's title is drawn in black, whatever the screen's theme.
  await page.emulateMedia({ media: 'print' })
  const colour = await page
    .locator('.report h1')
    .evaluate((element) => getComputedStyle(element).color)
  expect(colour).toBe('rgb(0, 0, 0)')
})

test('printed mid-run, the report holds the run as it stands when the print begins', async ({
  page
}) => {
  await page.goto('/')
  // Step starts the run paused after one epoch: a run is active, so the report is off screen.
  await page.getByRole('button', { name: 'Step', exact: true }).click()
  await expect(page.getByRole('log')).toContainText('Epoch    0/1000 Cost: 0.693147')
  await expect(page.locator('.report')).toHaveCount(0)
  // What the print dialog would take: the report's log, read at the moment print() is called.
  await page.evaluate(() => {
    window.print = () => {
      const log = document.querySelector('.report-log')?.textContent ?? 'no report'
      document.body.setAttribute('data-printed', log)
    }
  })
  await page.getByRole('button', { name: 'Print / Save as PDF' }).click()
  await expect(page.locator('body')).toHaveAttribute(
    'data-printed',
    /Epoch {4}0\/1000 Cost: 0\.693147/
  )
})
