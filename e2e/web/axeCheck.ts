// axe-core over the page as it is: no serious or critical violation (every finding is kept).
import { writeFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

export async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, state: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical'
  )
  // Every finding (minor ones too) is kept with the results, for whoever improves the UI next.
  const path = testInfo.outputPath(`axe-${state}.json`)
  await writeFile(path, JSON.stringify(results.violations, null, 2))
  await testInfo.attach(`axe-${state}`, { path, contentType: 'application/json' })
  const summary = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  )
  expect(summary, `axe in state "${state}"`).toEqual([])
}
