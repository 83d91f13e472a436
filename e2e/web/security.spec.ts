/// <reference lib="dom" />
// The web edition's page is as locked down as the desktop window: no Node in the page, no inline
// script, and nothing of ours (vue-i18n included) needs a relaxed CSP to run.
import { expect, test } from '@playwright/test'
import { expectLastLogLine, labLog } from './labSteps'

declare global {
  interface Window {
    cspViolations: string[]
    injectedRan?: boolean
  }
}

test.beforeEach(async ({ page }) => {
  // Collect every CSP report the page raises, from before the first script runs.
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI}`)
    })
  })
})

test('the page has no Node: typeof require is undefined', async ({ page }) => {
  await page.goto('/')
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined'
  )
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined'
  )
})

test('an injected inline script is blocked by the CSP', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injectedRan = true'
    document.head.append(script)
  })
  await expect.poll(() => page.evaluate(() => window.cspViolations.join())).toContain('script-src')
  expect(await page.evaluate(() => window.injectedRan)).toBeUndefined()
})

test('the whole app runs under the CSP without a single violation (no eval in vue-i18n)', async ({
  page
}) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await page.goto('/')
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog[10])
  await page.getByRole('button', { name: '한국어' }).click()
  await expect(page.getByRole('button', { name: '학습', exact: true })).toBeVisible()
  await page.getByRole('button', { name: '어둡게' }).click()
  await page.keyboard.press('Shift+?')
  await expect(page.getByRole('dialog', { name: '키보드 단축키' })).toBeVisible()
  expect(await page.evaluate(() => window.cspViolations)).toEqual([])
  expect(refused).toEqual([])
})
