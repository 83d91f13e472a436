// While a run streams in, every live view could redraw on every animation frame: two charts, the
// prediction table, the log and the status line. On a 2-core classroom laptop, next to the
// trainer, that fills the main thread: each frame took 12 ms of CPU, and a busy machine stretched
// such frames past 50 ms, so typing and the threshold slider waited. Live redraws are therefore
// paced: a view redraws at most every `interval` ms, and the views due in one frame share a time
// budget (past it, the rest wait a frame, so their work is spread out instead of piled up).
// Only redraws caused by training frames are paced; what the student does (an edit, the threshold,
// a new run) shows on the next frame. The window's pacer is provided by App.vue (useLivePacer).

/** The kinds of live view, each with its own pace. */
export type LiveView = 'chart' | 'table' | 'log' | 'status'

export interface LivePacingOptions {
  /** Least time in ms between two live redraws of one view. */
  intervals: Record<LiveView, number>
  /** Paced work allowed in one frame, in ms; a due view over it waits for the next frame. */
  budgetMs: number
  /** A monotonic clock in ms. */
  now: () => number
  /** Runs once the current task is over (the frame's budget starts afresh after it). */
  afterTask: (callback: () => void) => void
}

/**
 * Charts move about 30 times a second (smooth to the eye); numbers change 10 times a second
 * (faster than anyone reads them). Measured in `npm run bench:ui`.
 */
export const CLASSROOM_PACING: Omit<LivePacingOptions, 'now' | 'afterTask'> = {
  intervals: { chart: 33, table: 100, log: 100, status: 100 },
  budgetMs: 1
}

export class LivePacer {
  private spent = 0
  private taskOpen = false

  constructor(private readonly options: LivePacingOptions) {}

  now(): number {
    return this.options.now()
  }

  interval(view: LiveView): number {
    return this.options.intervals[view]
  }

  /** Whether paced work may still run in this task (the first piece always may). */
  hasBudget(): boolean {
    return !this.taskOpen || this.spent < this.options.budgetMs
  }

  /** Count `ms` of paced work against the current task's budget. */
  charge(ms: number): void {
    if (!this.taskOpen) {
      this.taskOpen = true
      this.spent = 0
      this.options.afterTask(() => (this.taskOpen = false))
    }
    this.spent += ms
  }
}

/** The browser's clock, with a macrotask marking the end of the current one. */
export function createBrowserPacer(): LivePacer {
  return new LivePacer({
    ...CLASSROOM_PACING,
    now: () => performance.now(),
    afterTask: (callback) => setTimeout(callback, 0)
  })
}
