import { test, expect, _electron as electron } from '@playwright/test'
import { electronBinaryOrSkipReason } from './electronBinary'

const binary = electronBinaryOrSkipReason()

test('the desktop app opens a window titled Logit Lab', async () => {
  test.skip(binary.skip, binary.reason)
  const app = await electron.launch({ args: ['.'], executablePath: binary.path })
  const window = await app.firstWindow()
  await expect(window).toHaveTitle('Logit Lab')
  await app.close()
})
