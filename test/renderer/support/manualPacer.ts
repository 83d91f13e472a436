// A live pacer on a hand-set clock whose tasks end when a test says so (lib/livePacer): charts
// every 30 ms, numbers every 100, the run's frames at every turn, a 1 ms budget per task.
import { LivePacer } from '@renderer/lib/livePacer'

export function manualPacer() {
  const time = { now: 0 }
  let endTask: (() => void) | null = null
  const pacer = new LivePacer({
    intervals: { chart: 30, table: 100, log: 100, status: 100, frames: 0 },
    budgetMs: 1,
    now: () => time.now,
    afterTask: (callback) => (endTask = callback)
  })
  return {
    pacer,
    time,
    /** The task that ran the frame's work is over. */
    endTask() {
      endTask?.()
      endTask = null
    },
    /** Work that records `name` in `runs` and takes 3 ms: over the budget. */
    slowWork(runs: string[], name: string) {
      return () => {
        runs.push(name)
        time.now += 3
      }
    }
  }
}
