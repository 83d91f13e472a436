// The renderer's tasks from a Chromium trace: the CPU time of the tasks that render a frame, and
// the long tasks with what their time went to (script by function, style, layout, paint, ...).
// CPU ('tdur', thread time) rather than wall time: a busy machine stretches wall time, not CPU.

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: {
    name?: string
    data?: { functionName?: string; url?: string; lineNumber?: number }
    usedHeapSizeBefore?: number
    usedHeapSizeAfter?: number
  }
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8'
]

const PARTS = new Set([
  'FireAnimationFrame',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC'
])

interface Task {
  event: TraceEvent
  parts: TraceEvent[]
}

/** The main thread's outermost tasks, each with its parts (nested ones too: a script's layout). */
function mainThreadTasks(events: TraceEvent[]): Task[] {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!thread) return []
  const onMain = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const tasks: Task[] = []
  for (const event of onMain) {
    const current = tasks.at(-1)
    const inCurrent = current && event.ts < current.event.ts + (current.event.dur ?? 0)
    if (event.name === 'ThreadControllerImpl::RunTask' && !inCurrent) {
      tasks.push({ event, parts: [] })
    } else if (inCurrent && PARTS.has(event.name)) current.parts.push(event)
  }
  return tasks
}

const ms = (micros: number | undefined) => Math.round((micros ?? 0) / 100) / 10

function partName(event: TraceEvent): string {
  if (event.name !== 'FunctionCall') return event.name
  const data = event.args?.data
  const file = data?.url?.split('/').pop() ?? ''
  return `script ${data?.functionName || '(anonymous)'} ${file}:${(data?.lineNumber ?? 0) + 1}`
}

/** CPU time of the tasks that render a frame: median, 90th percentile and maximum, in ms. */
export function frameCpu(events: TraceEvent[]) {
  const cpu = mainThreadTasks(events)
    .filter((task) => task.parts.some((part) => part.name === 'Paint' || part.name === 'Commit'))
    .map((task) => ms(task.event.tdur))
    .sort((a, b) => a - b)
  const at = (q: number) => cpu[Math.min(cpu.length - 1, Math.floor(cpu.length * q))] ?? 0
  return { frames: cpu.length, median: at(0.5), p90: at(0.9), max: at(1) }
}

/** Tasks over `limitMs` of wall time, longest first, with their parts' CPU time. */
export function longTasks(events: TraceEvent[], limitMs = 50) {
  return mainThreadTasks(events)
    .filter((task) => ms(task.event.dur) > limitMs)
    .sort((a, b) => (b.event.dur ?? 0) - (a.event.dur ?? 0))
    .map((task) => ({
      wallMs: ms(task.event.dur),
      cpuMs: ms(task.event.tdur),
      parts: task.parts
        .filter((part) => ms(part.tdur) >= 0.5)
        .map((part) => `${partName(part)} ${ms(part.tdur)}`)
    }))
}

const mb = (bytes: number | undefined) => Math.round((bytes ?? 0) / 1e5) / 10

/**
 * The main thread's garbage collections: how many of each kind, their CPU time, and each major
 * one with the heap before and after (a major GC's pause grows with what is still alive).
 */
export function collections(events: TraceEvent[]) {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!thread) return null
  const gcs = events.filter(
    (e) =>
      e.pid === thread.pid &&
      e.tid === thread.tid &&
      e.ph === 'X' &&
      (e.name === 'MinorGC' || e.name === 'MajorGC')
  )
  const of = (name: string) => gcs.filter((e) => e.name === name)
  const total = (list: TraceEvent[]) => ms(list.reduce((sum, e) => sum + (e.tdur ?? 0), 0))
  return {
    minor: { count: of('MinorGC').length, cpuMs: total(of('MinorGC')) },
    major: of('MajorGC').map(
      (e) =>
        `${ms(e.tdur)} ms cpu (${ms(e.dur)} wall), ${mb(e.args?.usedHeapSizeBefore)} -> ${mb(e.args?.usedHeapSizeAfter)} MB`
    )
  }
}
