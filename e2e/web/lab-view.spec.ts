// The results column's Lab and Code views in the web edition (its real Web Worker trainer), and a
// chaotic run's notice: what a teacher shows in class, in both languages.
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axeCheck'
import { runState, snapshot, statusEpoch } from './labSteps'

/** The page's globals used here (this project type-checks e2e specs without the DOM library). */
type PageWithClipboard = { navigator: { clipboard: { readText(): Promise<string> } } }
type PageWithFonts = { document: { fonts: { status: string } } }

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })
const cell = (page: Page, title: string) => page.getByRole('region', { name: title })

/** The weights the hypothesis cell prints, 'W = [..], b = ..'. */
async function shownWeights(page: Page): Promise<string> {
  return (await page.locator('.lab-parameters').textContent()) ?? ''
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled()
})

test("the Lab view walks the notebook, and Next step moves the real run's numbers", async ({
  page
}, testInfo) => {
  await expect(tab(page, 'Charts')).toHaveAttribute('aria-selected', 'true')
  await tab(page, 'Lab').click()
  await expect(tab(page, 'Lab')).toHaveAttribute('aria-selected', 'true')
  const exp = cell(page, '1. e and the sigmoid')
  await expect(exp).toContainText('e^1 equals: tensor([2.7183])')
  await expect(exp).toContainText('1/(1+e^{-1}) equals: tensor([0.7311])')
  await expect(cell(page, '3. The cost')).toContainText('F.binary_cross_entropy tensor(0.6931)')
  await expect(page.locator('.lab-verdict')).toHaveAttribute('data-agree', 'true')
  expect(await shownWeights(page)).toBe('W = [0.0000, 0.0000], b = 0.0000')
  await snapshot(page, testInfo, 'lab-view-initial')

  const next = page.getByRole('button', { name: 'Next step', exact: true })
  await next.click()
  await expect(runState(page)).toHaveText('Paused')
  await expect.poll(() => statusEpoch(page)).toBe(0)
  // After epoch 0 of the lab's run: W = -lr dJ/dW = [0.75, 0.1667]
  await expect.poll(() => shownWeights(page)).toBe('W = [0.7500, 0.1667], b = 0.0000')
  await expect(page.locator('.lab-epoch')).toHaveText('Epoch 0')

  await next.click()
  await expect.poll(() => statusEpoch(page)).toBe(1)
  await expect(page.locator('.lab-epoch')).toHaveText('Epoch 1')
  await expect.poll(() => shownWeights(page)).not.toBe('W = [0.7500, 0.1667], b = 0.0000')
  expect(await shownWeights(page)).toMatch(/^W = \[-?\d\.\d{4}, -?\d\.\d{4}\], b = -?\d\.\d{4}$/)
  await expect(cell(page, '1. e and the sigmoid')).toContainText('tensor([2.7183])')
  await snapshot(page, testInfo, 'lab-view-after-two-steps')

  // The view switch with the keyboard: one tab stop, arrows move and show
  await tab(page, 'Lab').focus()
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'Code')).toBeFocused()
  await expect(tab(page, 'Code')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')
  await expect(tab(page, 'Charts')).toHaveAttribute('aria-selected', 'true')
})

test('the Code view shows the code of the current settings, and Copy puts it on the clipboard', async ({
  page,
  context
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByLabel('Learning rate', { exact: true }).fill('0.25')
  await tab(page, 'Code').click()
  const code = page.getByRole('region', { name: 'PyTorch code' }).locator('pre.code-block')
  await expect(code).toContainText('optimizer = optim.SGD([W, b], lr=0.25)')
  await expect(code.locator('.hljs-keyword').first()).toBeVisible()
  await page.getByRole('button', { name: 'nn.Module', exact: true }).click()
  await expect(code).toContainText('class BinaryClassifier(nn.Module):')
  const panel = page.getByRole('region', { name: 'PyTorch code' })
  await panel.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByText('Copied the code to the clipboard.')).toBeVisible()
  const copied = await page.evaluate(() =>
    (globalThis as unknown as PageWithClipboard).navigator.clipboard.readText()
  )
  expect(copied).toContain('optimizer = optim.SGD(model.parameters(), lr=0.25)')
  expect(copied).toContain('x_data = [[1, 2], [2, 3], [3, 1], [4, 3], [5, 3], [6, 2]]')
  // The header comment's Hangul comes from the bundled Korean face, loaded on demand.
  await page.waitForFunction(
    () => (globalThis as unknown as PageWithFonts).document.fonts.status === 'loaded'
  )
  await snapshot(page, testInfo, 'code-view')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download .py', exact: true }).click()
  expect((await download).suggestedFilename()).toBe('logit-lab.py')
})

test('a chaotic run says so in the log, the status line and on the cost chart', async ({
  page
}, testInfo) => {
  // The issue's run: toy data with row 3's x1 = 7, zeros, SGD lr 1 (the lab's settings)
  const x1 = page.getByRole('textbox', { name: 'Row 3, x1' })
  await x1.fill('7')
  await x1.press('Enter')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText('Done', { timeout: 30_000 })
  const status = page.locator('.status-notice')
  await expect(status).toHaveText(
    /^Chaotic from epoch \d+: PyTorch would print other numbers\. A smaller learning rate makes them agree again\.$/
  )
  const epoch = /epoch (\d+)/.exec((await status.textContent()) ?? '')?.[1]
  await expect(page.locator('.log-notice')).toContainText(
    `Note: from epoch ${epoch} on, this run is chaotic.`
  )
  await expect(page.locator('.log-notice')).toContainText(
    'A smaller learning rate makes the numbers agree again.'
  )
  await expect(page.locator('.chart-chaos')).toHaveText(`Chaotic from epoch ${epoch}`)
  await snapshot(page, testInfo, 'chaotic-run')

  // In Korean
  await page.getByRole('button', { name: '한국어' }).click()
  await expect(status).toContainText(`에포크 ${epoch}부터 카오스`)
  await expect(page.locator('.log-notice')).toContainText('학습률을 낮추면 숫자가 다시 일치합니다')
  await expect(tab(page, '실습')).toBeVisible()
  await tab(page, '실습').click()
  await expect(page.getByRole('button', { name: '다음 단계', exact: true })).toBeVisible()
  await snapshot(page, testInfo, 'chaotic-run-ko-lab')

  // A smaller learning rate: no notice
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Reset weights', exact: true }).click()
  await expect(status).toHaveText('')
  await page.getByLabel('Learning rate', { exact: true }).fill('0.1')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText('Done', { timeout: 30_000 })
  await expect(status).toHaveText('')
  await expect(page.locator('.log-notice')).toHaveCount(0)
})

test('the Lab view (light) and the Code view (dark, Korean) pass axe', async ({
  page
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await tab(page, 'Lab').click()
  await page.getByRole('button', { name: 'Next step', exact: true }).click()
  await expect.poll(() => statusEpoch(page)).toBe(0)
  await expectNoSeriousViolations(page, testInfo, 'lab-view')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.getByRole('button', { name: '한국어' }).click()
  await tab(page, '코드').click()
  await expect(page.getByRole('region', { name: 'PyTorch 코드' }).locator('pre')).toBeVisible()
  await expectNoSeriousViolations(page, testInfo, 'code-view-dark-ko')
})
