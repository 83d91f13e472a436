/// <reference lib="dom" />
// One window from a 1280x720 projector to 1920x1080: every panel on screen, side by side, and the
// page never scrolls sideways; narrower windows stack the panels.
import { expect, test, type Page } from '@playwright/test'
import { expectLastLogLine, labLog, snapshot } from './labSteps'

const panels = ['Data', 'Training', 'Settings', 'Charts', 'Log', 'Predictions']

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  )
}

async function panelBoxes(page: Page) {
  const boxes = []
  for (const name of panels) {
    const box = await page.getByRole('region', { name, exact: true }).boundingBox()
    expect(box, `the ${name} panel is laid out`).not.toBeNull()
    if (box) boxes.push({ name, ...box })
  }
  return boxes
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 }
]) {
  test(`all six panels fit a ${viewport.width}x${viewport.height} window without overlapping`, async ({
    page
  }, testInfo) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    await page.getByRole('button', { name: 'Train', exact: true }).click()
    await expectLastLogLine(page, labLog[10])
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(viewport.height)
    const boxes = await panelBoxes(page)
    for (const box of boxes) {
      expect(box.x, box.name).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height, box.name).toBeLessThanOrEqual(viewport.height + 1)
      expect(box.x + box.width, box.name).toBeLessThanOrEqual(viewport.width + 1)
      expect(box.height, box.name).toBeGreaterThan(120)
    }
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.name >= b.name) continue
        const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
        const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
        expect(overlapX > 1 && overlapY > 1, `${a.name} and ${b.name} overlap`).toBe(false)
      }
    }
    await snapshot(page, testInfo, `trained-${viewport.width}x${viewport.height}`)
  })
}

test('resizing keeps the page from scrolling sideways, down to a narrow window', async ({
  page
}, testInfo) => {
  await page.goto('/')
  for (const width of [1920, 1440, 1280, 1100, 960, 760, 600]) {
    await page.setViewportSize({ width, height: 720 })
    expect(await horizontalOverflow(page), `at ${width}px`).toBe(0)
  }
  await snapshot(page, testInfo, 'narrow-600')
  // Narrow: the panels stack and the page scrolls down to reach them all.
  const boxes = await panelBoxes(page)
  expect(new Set(boxes.map((box) => Math.round(box.x))).size).toBe(1)
})

for (const language of ['English', '한국어']) {
  test(`at 1280x720 in ${language}, the lab's six rows and the prediction table fit their panels`, async ({
    page
  }, testInfo) => {
    await page.goto('/')
    await page
      .getByRole('group', { name: /Language|언어/ })
      .getByRole('button', { name: language })
      .click()
    const data = page.locator('section.data-panel')
    // The Data panel is a card like the others.
    await expect(data).toHaveClass(/\bpanel\b/)
    const grid = data.getByRole('region', { name: /Training data|학습 데이터/ })
    const gridBox = await grid.boundingBox()
    const lastRow = await grid.getByRole('row', { name: /^6\b/ }).boundingBox()
    expect(gridBox && lastRow, 'the grid and its last row are laid out').toBeTruthy()
    if (gridBox && lastRow) {
      expect(lastRow.y + lastRow.height, 'row 6 is not cut off').toBeLessThanOrEqual(
        gridBox.y + gridBox.height
      )
    }
    const table = page.locator('.pt-scroller')
    const overflow = await table.evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow, 'the prediction table needs no sideways scrolling').toBe(0)
    await snapshot(page, testInfo, `lab-data-1280-${language === 'English' ? 'en' : 'ko'}`)
  })
}
