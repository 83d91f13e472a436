// The first language follows the system's; a choice made in the header is remembered.
import { expect, test } from '@playwright/test'

test.describe('on a Korean system', () => {
  test.use({ locale: 'ko-KR' })

  test('opens in Korean, and remembers English once chosen', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('button', { name: '학습', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute(
      'aria-pressed',
      'true'
    )
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible()
  })
})

test.describe('on an English system', () => {
  test.use({ locale: 'en-US', colorScheme: 'dark' })

  test('opens in English, follows the dark OS theme, and remembers a light choice', async ({
    page
  }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('button', { name: 'Light', exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(page.getByRole('button', { name: 'Light', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true'
    )
  })
})
