/// <reference lib="dom" />
// What the UI benchmark measures inside the page, from a start to a stop: the main thread's long
// tasks (PerformanceObserver 'longtask', over 50 ms), the animation frames painted, the slowest
// response to the student's input (Event Timing: from the key press to the next paint), and the
// JavaScript heap after a garbage collection (Chromium's performance.memory).
import type { Page } from '@playwright/test'

export interface ProbeReading {
  seconds: number
  frames: number
  longTasks: number[]
  /** Input events (key presses, clicks) and their time from input to the next paint. */
  inputs: { name: string; duration: number }[]
  heapMb: number | null
  /** Long animation frames (Chromium's LoAF) over 50 ms: what their scripts were. */
  longFrames: LongFrame[]
}

export interface LongFrame {
  duration: number
  blocking: number
  layoutMs: number
  scripts: string[]
}

declare global {
  interface Window {
    benchProbe: { start(): void; stop(): ProbeReading; heapMb(): number | null }
  }
}

/** Installs the probe before the app's own scripts run. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let counting = false
    let started = 0
    let frames = 0
    let longTasks: number[] = []
    let inputs: { name: string; duration: number }[] = []
    let longFrames: LongFrame[] = []
    const heapMb = (): number | null => {
      // Collect first (the bench starts Chromium with --expose-gc), so the figure is what is kept.
      ;(window as Window & { gc?: () => void }).gc?.()
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
      return memory ? memory.usedJSHeapSize / 2 ** 20 : null
    }
    const tick = (): void => {
      if (!counting) return
      frames++
      requestAnimationFrame(tick)
    }
    new PerformanceObserver((list) => {
      if (counting) for (const entry of list.getEntries()) longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: false })
    // The Long Animation Frames API names the scripts of a slow frame (no tracing needed, so the
    // figures are those of a plain run): the invoker, the function and its duration.
    interface ScriptTiming {
      invoker: string
      sourceFunctionName: string
      duration: number
      forcedStyleAndLayoutDuration: number
    }
    interface LongFrameEntry extends PerformanceEntry {
      blockingDuration: number
      styleAndLayoutStart: number
      renderStart: number
      scripts: ScriptTiming[]
    }
    new PerformanceObserver((list) => {
      if (!counting) return
      for (const entry of list.getEntries() as LongFrameEntry[]) {
        if (entry.startTime < started || entry.duration <= 50) continue
        const end = entry.startTime + entry.duration
        longFrames.push({
          duration: Math.round(entry.duration),
          blocking: Math.round(entry.blockingDuration),
          layoutMs: Math.round(end - (entry.styleAndLayoutStart || end)),
          scripts: entry.scripts.map(
            (script) =>
              `${script.invoker} ${script.sourceFunctionName || '?'} ${Math.round(script.duration)} ms` +
              (script.forcedStyleAndLayoutDuration > 1
                ? ` (forced layout ${Math.round(script.forcedStyleAndLayoutDuration)})`
                : '')
          )
        })
      }
    }).observe({ type: 'long-animation-frame', buffered: false })
    new PerformanceObserver((list) => {
      if (!counting) return
      // Entries arrive in batches: one of an input from before the start is not this run's.
      for (const { name, duration, startTime } of list.getEntries()) {
        if (startTime >= started) inputs.push({ name, duration })
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)
    window.benchProbe = {
      start() {
        frames = 0
        longTasks = []
        inputs = []
        longFrames = []
        started = performance.now()
        counting = true
        requestAnimationFrame(tick)
      },
      stop() {
        counting = false
        const seconds = (performance.now() - started) / 1000
        return { seconds, frames, longTasks, inputs, heapMb: heapMb(), longFrames }
      },
      heapMb
    }
  })
}

export function startProbe(page: Page): Promise<void> {
  return page.evaluate(() => window.benchProbe.start())
}

export function stopProbe(page: Page): Promise<ProbeReading> {
  return page.evaluate(() => window.benchProbe.stop())
}

export function heapMb(page: Page): Promise<number | null> {
  return page.evaluate(() => window.benchProbe.heapMb())
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits))

/** The figures the benchmark reports for one run. */
/** The long tasks of one or more readings: how many, the longest, how many passed 50 ms. */
export function longTaskCounts(readings: ProbeReading[]) {
  const all = readings.flatMap((reading) => reading.longTasks)
  return {
    longTasks: all.length,
    longestTaskMs: Math.round(Math.max(0, ...all)),
    tasksOver50Ms: all.filter((duration) => duration > 50).length
  }
}

/** The longest task of each reading (0: none over 50 ms), in ms. */
export function longestEach(readings: ProbeReading[]): number[] {
  return readings.map((reading) => Math.round(Math.max(0, ...reading.longTasks)))
}

export function summarize(reading: ProbeReading, epochs: number) {
  const counts = longTaskCounts([reading])
  const slowest = reading.inputs.reduce<ProbeReading['inputs'][number] | null>(
    (worst, input) => (worst === null || input.duration > worst.duration ? input : worst),
    null
  )
  return {
    seconds: round(reading.seconds, 2),
    epochsPerSecond: Math.round(epochs / reading.seconds),
    framesPerSecond: round(reading.frames / reading.seconds, 1),
    ...counts,
    targetMet: counts.tasksOver50Ms === 0,
    slowestInput: slowest
      ? `${slowest.name} ${Math.round(slowest.duration)} ms`
      : 'none over 16 ms',
    inputsOver100Ms: reading.inputs.filter((input) => input.duration > 100).length,
    // The slowest frames and their scripts, to say where a long task came from.
    slowFrames: [...reading.longFrames].sort((a, b) => b.duration - a.duration).slice(0, 4)
  }
}
