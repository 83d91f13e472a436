// At 1280 x 720 (a classroom projector) the charts share the panel's height: the decision plot's
// title and its tool row (y = 0 / y = 1, Reset view, PNG) must not overlap, nor may the metric
// charts' canvases (their epoch axis) reach into the plot's head, in either language, before
// and after a run (a run brings the storage notice, one line less for the charts).
import { expect, test, type Locator, type Page } from '@playwright/test'

type Box = { x: number; y: number; width: number; height: number }

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox()
  if (found === null) throw new Error('not laid out')
  return found
}

async function expectNoOverlaps(page: Page): Promise<void> {
  const boundary = page.locator('.charts-boundary')
  const title = await box(boundary.locator('.chart-title'))
  const head = await box(boundary.locator('.chart-head'))
  const tools = await box(boundary.locator('.boundary-tools'))
  const png = await box(boundary.locator('.chart-head button').last())
  expect(overlaps(title, tools), 'title vs tool row').toBe(false)
  expect(overlaps(title, png), 'title vs PNG').toBe(false)
  for (const canvas of await page.locator('.charts-metrics canvas').all()) {
    expect(overlaps(await box(canvas), head), 'metric chart vs the plot head').toBe(false)
  }
  // The title is drawn where it is: the element at its centre is the title itself.
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('.chart-title') !== null,
    [title.x + title.width / 2, title.y + title.height / 2]
  )
  expect(hit, 'nothing covers the title').toBe(true)
}

for (const language of ['English', '한국어'] as const) {
  test(`the decision plot's title and tools do not overlap at 1280 x 720 (${language})`, async ({
    page
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto('/')
    await page.getByRole('button', { name: language, exact: true }).click()
    const train = page.getByRole('button', {
      name: language === 'English' ? 'Train' : '학습',
      exact: true
    })
    await expect(train).toBeEnabled()
    await expectNoOverlaps(page)
    await train.click()
    await expect(page.getByRole('log').getByText('Epoch 1000/1000')).toBeVisible()
    await expectNoOverlaps(page)
  })
}
