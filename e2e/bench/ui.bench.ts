/// <reference lib="dom" />
// How the renderer holds up during a long run: a 200,000-epoch run on the diabetes data (759 x 8)
// at full speed, measuring the longest main-thread task (PerformanceObserver 'longtask') and the
// frame rate. Reported, not asserted; the target is no task over 50 ms.
import { writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { diabetesCsvPath, importCsv, runState } from '../web/labSteps'

const EPOCHS = 200_000

declare global {
  interface Window {
    benchProbe: {
      longTasks: number[]
      frames: number
      start(): void
      stop(): { longTasks: number[]; frames: number; seconds: number }
    }
  }
}

test(`renderer during a ${EPOCHS.toLocaleString('en-US')}-epoch run on the diabetes data`, async ({
  page
}, testInfo) => {
  await page.addInitScript(() => {
    let counting = false
    let started = 0
    const probe = {
      longTasks: [] as number[],
      frames: 0,
      start() {
        probe.longTasks = []
        probe.frames = 0
        started = performance.now()
        counting = true
        const tick = (): void => {
          if (!counting) return
          probe.frames++
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      },
      stop() {
        counting = false
        return {
          longTasks: probe.longTasks,
          frames: probe.frames,
          seconds: (performance.now() - started) / 1000
        }
      }
    }
    new PerformanceObserver((list) => {
      if (!counting) return
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: false })
    window.benchProbe = probe
  })
  await page.goto('/')
  await importCsv(page, diabetesCsvPath, { button: 'Import CSV…', confirm: 'Import' })
  await page.getByLabel('Epochs', { exact: true }).fill(String(EPOCHS))
  await page.getByLabel('Log every', { exact: true }).fill('1000')
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled()

  await page.evaluate(() => window.benchProbe.start())
  await page.getByRole('button', { name: 'Train', exact: true }).click()
  await expect(runState(page)).toHaveText('Done', { timeout: 560_000 })
  const probe = await page.evaluate(() => window.benchProbe.stop())
  const status = await page.locator('.status-line').textContent()

  const longest = probe.longTasks.length > 0 ? Math.max(...probe.longTasks) : 0
  const figures = {
    epochs: EPOCHS,
    rows: 759,
    features: 8,
    seconds: Number(probe.seconds.toFixed(2)),
    epochsPerSecond: Math.round(EPOCHS / probe.seconds),
    framesPerSecond: Number((probe.frames / probe.seconds).toFixed(1)),
    longTasks: probe.longTasks.length,
    longestTaskMs: Math.round(longest),
    tasksOver50Ms: probe.longTasks.filter((duration) => duration > 50).length,
    targetMet: longest <= 50,
    statusLine: status?.trim()
  }
  console.log('renderer benchmark:', JSON.stringify(figures, null, 2))
  const path = testInfo.outputPath('ui-bench.json')
  await writeFile(path, JSON.stringify(figures, null, 2))
  await testInfo.attach('ui-bench', { path, contentType: 'application/json' })
})
