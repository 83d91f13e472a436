import { expect, test } from '@playwright/test'

test('the web edition opens on Logit Lab', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Logit Lab')
  await expect(page.getByRole('heading', { name: 'Logit Lab' })).toBeVisible()
})
