// While a run streams in, every live view could redraw on every animation frame: two charts, the
// prediction table, the log and the status line. On a 2-core classroom laptop, next to the
// trainer, that fills the main thread: each frame took 12 ms of CPU, and a busy machine stretched
// such frames past 50 ms, so typing and the threshold slider waited. Live redraws are therefore
// paced: a view redraws at most every `interval` ms, and the views due in one frame share a time
// budget (past it, the rest wait a frame, so their work is spread out instead of piled up).
// Waiting views take turns: the one that has waited longest goes first, whatever order the browser
// calls them in, so a view that asks early in every frame cannot keep another from ever drawing.
// Only redraws caused by training frames are paced; what the student does (an edit, the threshold,
// a new run) shows on the next frame. The window's pacer is provided by App.vue (useLivePacer).

/**
 * The kinds of live view, each with its own pace; 'frames' is the run's frames reaching the store
 * (stores/frameBatcher), at every frame it gets a turn in.
 */
export type LiveView = 'chart' | 'table' | 'log' | 'status' | 'frames'

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
  intervals: { chart: 33, table: 100, log: 100, status: 100, frames: 0 },
  budgetMs: 1
}

/** A waiting view that stopped asking this long ago gave up its turn (unmounted, or hidden). */
export const TURN_FORGOTTEN_MS = 250

interface Waiting {
  /** When it was first refused. */
  since: number
  /** When it last asked. */
  asked: number
}

export class LivePacer {
  private spent = 0
  private taskOpen = false
  private readonly waiting = new Map<object, Waiting>()
  private frameTime: number | undefined

  constructor(private readonly options: LivePacingOptions) {}

  now(): number {
    return this.options.now()
  }

  interval(view: LiveView): number {
    return this.options.intervals[view]
  }

  /**
   * An animation frame's callback runs: `time` is the frame's timestamp, the same for every
   * callback of one frame. A new frame is a new task, so its budget starts afresh even before the
   * end of the last task was seen (and a test's hand-driven frames behave as a browser's).
   */
  enterFrame(time: number | undefined): void {
    if (time === undefined || time === this.frameTime) return
    this.frameTime = time
    this.taskOpen = false
  }

  /** Whether paced work may still run in this task (the first piece always may). */
  hasBudget(): boolean {
    return !this.taskOpen || this.spent < this.options.budgetMs
  }

  /**
   * Whether `who`, due now, may run its work in this task: budget is left and no other due view
   * has waited longer. If not, `who` waits (from its first refusal) and asks again next frame.
   * Work the student caused (`urgent`) goes before all paced work, but still one piece at a
   * time: after Train, both charts' and the plot's fresh starts in one frame made a long task.
   */
  takeTurn(who: object, urgent = false): boolean {
    const now = this.now()
    const since = urgent ? -Infinity : (this.waiting.get(who)?.since ?? now)
    let mine = this.hasBudget()
    if (mine) {
      for (const [other, wait] of this.waiting) {
        if (other === who) continue
        if (now - wait.asked > TURN_FORGOTTEN_MS) this.waiting.delete(other)
        else if (wait.since < since) {
          mine = false
          break
        }
      }
    }
    if (mine) this.waiting.delete(who)
    else this.waiting.set(who, { since, asked: now })
    return mine
  }

  /** `who` no longer waits for a turn: its work ran anyway (the student's), or was cancelled. */
  leave(who: object): void {
    this.waiting.delete(who)
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
