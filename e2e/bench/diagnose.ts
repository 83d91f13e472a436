// Optional diagnosis for the UI benchmark, to find what a long task is made of. Both slow the page
// a little, so the reported figures come from runs without them.
//   BENCH_TRACE=1    a Chromium trace: the CPU time of each animation frame's task (median, p90,
//                    max: thread time, so a busy machine does not inflate it) and the long tasks'
//                    parts (script by function, style, layout, paint, layerize, commit), and the
//                    garbage collections (major ones with the heap before and after).
//   BENCH_PROFILE=1  a V8 sampling profile: the functions with the most main-thread time
//                    (BENCH_TOP=n: how many; BENCH_PROFILE_OUT=file: the whole profile).
//   BENCH_HEAP=1     a sampling heap profile: the functions that allocated the most bytes.
import { writeFile } from 'node:fs/promises'
import type { Browser, Page } from '@playwright/test'
import { hotFunctions, startProfile, stopProfile } from './cpuProfile'
import { startHeapSampling, stopHeapSampling } from './heapSampling'
import { collections, frameCpu, longTasks, TRACE_CATEGORIES } from './traceTasks'

export interface Diagnosis {
  stop(): Promise<Record<string, unknown>>
}

export async function startDiagnosis(browser: Browser, page: Page): Promise<Diagnosis> {
  const trace = Boolean(process.env['BENCH_TRACE'])
  const session = process.env['BENCH_PROFILE'] ? await page.context().newCDPSession(page) : null
  if (session) await startProfile(session)
  const heap = process.env['BENCH_HEAP'] ? await page.context().newCDPSession(page) : null
  if (heap) await startHeapSampling(heap)
  if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  return {
    async stop() {
      const found: Record<string, unknown> = {}
      if (trace) {
        const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: [] })
          .traceEvents
        found['frameCpuMs'] = frameCpu(events)
        found['longTasks'] = longTasks(events, Number(process.env['BENCH_LONG'] ?? 50)).slice(0, 8)
        found['collections'] = collections(events)
      }
      if (session) {
        const profile = await stopProfile(session)
        found['hotFunctions'] = hotFunctions(profile)
        // BENCH_PROFILE_OUT=file.cpuprofile: the whole profile, for DevTools or a script.
        const out = process.env['BENCH_PROFILE_OUT']
        if (out) await writeFile(out, JSON.stringify(profile))
      }
      if (heap) found['allocations'] = await stopHeapSampling(heap)
      return found
    }
  }
}
