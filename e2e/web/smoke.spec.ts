import { expect, test } from '@playwright/test'

test('the web edition opens on Logit Lab, with a new untitled document', async ({ page }) => {
  await page.goto('/')
  // The page's title is the document's once the app has started (the HTML's own is 'Logit Lab',
  // seen only before that: asserting it raced the start-up).
  await expect(page).toHaveTitle('Untitled — Logit Lab')
  await expect(page.getByRole('heading', { name: 'Logit Lab' })).toBeVisible()
})
