// Built-in data sets and deliberate mistakes as a class uses them (issue 12 §1, §4): XOR with
// polynomial features trains to a curved boundary that gets every row right; Iris with the log
// left unclamped runs into inf and the log says why; the same in Korean, in the dark theme.
import { expect, test, type Page } from '@playwright/test'
import { controls, runState, shownAccuracy, snapshot } from './labSteps'

interface Words {
  dataSets: string
  load: string
  polynomial: string
  summary: (rows: number, features: number) => string
  train: string
  training: string
  mistakes: string
  noClamp: string
  infCost: RegExp
  diverged: string
}

const english: Words = {
  dataSets: 'Data sets…',
  load: 'Load',
  polynomial: 'Polynomial features (x1², x2², x1·x2)',
  summary: (rows, features) => `Rows: ${rows} · Features: ${features}`,
  train: 'Train',
  training: 'Training',
  mistakes: 'Deliberate mistakes',
  noClamp: 'Deliberate mistake: No clamp on the log',
  infCost: /At epoch 3 the cost became infinite/,
  diverged: 'Diverged'
}

const korean: Words = {
  dataSets: '데이터 세트…',
  load: '불러오기',
  polynomial: '다항 특성 (x1², x2², x1·x2)',
  summary: (rows, features) => `행: ${rows} · 특성: ${features}`,
  train: '학습',
  training: '학습',
  mistakes: '일부러 넣은 실수',
  noClamp: '일부러 넣은 실수: log에 클램프 없음',
  infCost: /에포크 3에서 cost가 무한대/,
  diverged: '발산'
}

async function pickSet(page: Page, words: Words, set: RegExp, polynomial = false): Promise<void> {
  await page.getByRole('button', { name: words.dataSets }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('radio', { name: set }).check()
  if (polynomial) await dialog.getByRole('checkbox', { name: words.polynomial }).check()
  await dialog.getByRole('button', { name: words.load, exact: true }).click()
  await expect(dialog).toBeHidden()
}

async function trainWithNoClamp(page: Page, words: Words): Promise<void> {
  const settings = page.locator('details.mistakes')
  if (!(await settings.getAttribute('open'))) {
    await settings.getByText(words.mistakes, { exact: true }).click()
  }
  await page.getByRole('switch', { name: words.noClamp }).check()
  await page.getByRole('button', { name: words.train, exact: true }).click()
  await expect(runState(page, words.training)).toHaveText(words.diverged)
  await expect(page.locator('.run-mistakes [role="alert"]')).toHaveText(words.infCost)
}

test('XOR with polynomial features: a curved boundary and every row right', async ({
  page
}, testInfo) => {
  await page.goto('/')
  await pickSet(page, english, /^XOR/, true)
  await expect(page.getByText(english.summary(100, 5))).toBeVisible()
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText('Done')
  await expect.poll(() => shownAccuracy(page)).toBe('100.00%')
  await expect(page.locator('.boundary-text')).toHaveAttribute('data-boundary-kind', 'curve')
  await expect(page.getByText('The boundary is a curve')).toBeVisible()
  await snapshot(page, testInfo, 'xor-curve')
  // The table it replaced is one Undo away.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByText(english.summary(6, 2))).toBeVisible()
})

test('Iris with no clamp on the log: the cost becomes inf and the log says why', async ({
  page
}) => {
  await page.goto('/')
  await pickSet(page, english, /^Iris: setosa or versicolor/)
  await expect(page.getByText(english.summary(100, 2))).toBeVisible()
  await trainWithNoClamp(page, english)
  await expect(page.locator('.run-mistakes')).toContainText(
    'Deliberate mistake: No clamp on the log.'
  )
  // The Code view shows the mistaken line.
  await page.getByRole('tab', { name: 'Code' }).click()
  await expect(page.locator('pre.code-block')).toContainText('torch.log(hypothesis)')
})

test.describe('in Korean, dark', () => {
  test.use({ locale: 'ko-KR', colorScheme: 'dark' })

  test('picks Iris and trains it with a deliberate mistake', async ({ page }, testInfo) => {
    await page.goto('/')
    await page.getByRole('button', { name: korean.dataSets }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('radio', { name: /^XOR/ }).check()
    await dialog.getByRole('textbox', { name: '행 수' }).fill('3')
    await expect(dialog.getByRole('alert')).toHaveText(
      '행 수: 4에서 100,000 사이의 정수여야 합니다'
    )
    await snapshot(page, testInfo, 'ko-dark-picker')
    await dialog.getByRole('textbox', { name: '행 수' }).fill('100')
    await dialog.getByRole('radio', { name: /^붓꽃: setosa 또는 versicolor/ }).check()
    await dialog.getByRole('button', { name: korean.load, exact: true }).click()
    await expect(page.getByText(korean.summary(100, 2))).toBeVisible()
    await snapshot(page, testInfo, 'ko-dark-data')
    await trainWithNoClamp(page, korean)
    await expect(controls(page, korean.training)).toBeVisible()
    await page.locator('details.mistakes').scrollIntoViewIfNeeded()
    await snapshot(page, testInfo, 'ko-dark-mistakes')
  })
})
