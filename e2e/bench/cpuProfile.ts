// Where the renderer's main thread spends its time: a V8 sampling profile of the run, summed by
// function (self time, and total time including callees). Idle samples are left out.
import type { CDPSession } from '@playwright/test'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

export interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

export interface HotFunction {
  name: string
  ms: number
}

export async function startProfile(session: CDPSession, intervalMicros = 250): Promise<void> {
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: intervalMicros })
  await session.send('Profiler.start')
}

export async function stopProfile(session: CDPSession): Promise<CpuProfile> {
  const { profile } = await session.send('Profiler.stop')
  return profile
}

function label(frame: CallFrame): string {
  const file = frame.url.split('/').pop() ?? ''
  const name = frame.functionName || '(anonymous)'
  return file ? `${name} ${file}:${frame.lineNumber + 1}` : name
}

function top(map: Map<string, number>, count: number): HotFunction[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ name, ms: Math.round(micros / 100) / 10 }))
}

/** The functions with the most time, self and including callees. */
export function hotFunctions(profile: CpuProfile, count = Number(process.env['BENCH_TOP'] ?? 25)) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const deltas = profile.timeDeltas ?? []
  ;(profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)
    // A sample's delta is the time since the one before; charged to the later sample's stack.
    const micros = deltas[i] ?? 0
    if (!node || node.callFrame.functionName === '(idle)') return
    self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + micros)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 })
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + micros)
      seen.add(name)
    }
  })
  return { self: top(self, count), total: top(total, count) }
}
