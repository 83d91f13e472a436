// The new-user flow in the web edition (see newUserFlow.ts).
import { test } from '@playwright/test'
import { newUserFlow } from './newUserFlow'

test('a new user reproduces the lab, edits it, switches to Korean and trains on the diabetes data', async ({
  page
}, testInfo) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await newUserFlow(page, testInfo, () => page.getByRole('button', { name: '한국어' }).click())
})
