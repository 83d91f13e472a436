// Where a UI benchmark's figures go: printed, and kept beside the test as a JSON attachment.
import { writeFile } from 'node:fs/promises'
import type { TestInfo } from '@playwright/test'

export async function report(testInfo: TestInfo, name: string, figures: object): Promise<void> {
  console.log(`${name}:`, JSON.stringify(figures, null, 2))
  const path = testInfo.outputPath(`${name}.json`)
  await writeFile(path, JSON.stringify(figures, null, 2))
  await testInfo.attach(name, { path, contentType: 'application/json' })
}
