// Where the renderer's main thread allocates during a run: V8's sampling heap profiler, summed by
// the function that allocated (BENCH_HEAP=1, see diagnose.ts). Garbage piles up into major GCs,
// which bench:ui sees as long tasks of their own.
import type { CDPSession } from '@playwright/test'

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number }
  selfSize: number
  children: SamplingNode[]
}

export async function startHeapSampling(session: CDPSession): Promise<void> {
  await session.send('HeapProfiler.enable')
  // Every ~16 KB allocated, with objects collected since kept in: the garbage is what counts.
  await session.send('HeapProfiler.startSampling', {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true
  })
}

/** The allocating functions with the most bytes, in MB. */
export async function stopHeapSampling(
  session: CDPSession,
  count = 25
): Promise<{ name: string; mb: number }[]> {
  const { profile } = (await session.send('HeapProfiler.stopSampling')) as {
    profile: { head: SamplingNode }
  }
  const bytes = new Map<string, number>()
  const visit = (node: SamplingNode): void => {
    const { functionName, url, lineNumber } = node.callFrame
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize)
    node.children.forEach(visit)
  }
  visit(profile.head)
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => ({ name, mb: Math.round(size / 10_000) / 100 }))
}
