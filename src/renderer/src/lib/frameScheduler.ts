// At most one piece of work per animation frame: however many frames of training arrive between two
// paints, the charts and the prediction table redraw once (and, paced, less often: see
// livePacer). The clock is injectable so tests can step frames by hand (happy-dom's timing is
// not a display's).
import type { LivePacer, LiveView } from './livePacer'

export interface FrameClock {
  request(callback: () => void): number
  cancel(handle: number): void
}

export const animationFrameClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle)
}

export interface FrameScheduler {
  /**
   * Run the work on the next frame (paced: on the first frame its view is due); repeated requests
   * before it runs coalesce into one.
   */
  request(): void
  /** Run the work on the next frame whatever the pace: the student changed something. */
  requestNow(): void
  cancel(): void
  readonly pending: boolean
}

/** A live view's pace (see livePacer); without a pacer the work runs on the next frame. */
export interface FramePace {
  pacer: LivePacer | null
  view: LiveView
}

export function createFrameScheduler(
  work: () => void,
  clock: FrameClock,
  pace: FramePace | null = null
): FrameScheduler {
  let handle: number | null = null
  let urgent = false
  let lastRun = -Infinity

  function due(pacer: LivePacer, view: LiveView): boolean {
    return pacer.now() - lastRun >= pacer.interval(view) && pacer.hasBudget()
  }

  function tick(): void {
    handle = null
    const pacer = pace?.pacer ?? null
    if (pacer !== null && pace !== null && !urgent && !due(pacer, pace.view)) {
      handle = clock.request(tick) // not yet: look again on the next frame
      return
    }
    urgent = false
    if (pacer === null) return work()
    const start = pacer.now()
    lastRun = start
    work()
    // Charged once what the work set off has run too: Vue re-renders (and typesets) in a
    // microtask queued during the work, so before this one. The next due view sees the cost.
    queueMicrotask(() => pacer.charge(pacer.now() - start))
  }

  return {
    request() {
      if (handle === null) handle = clock.request(tick)
    },
    requestNow() {
      urgent = true
      if (handle === null) handle = clock.request(tick)
    },
    cancel() {
      if (handle === null) return
      clock.cancel(handle)
      handle = null
      urgent = false
    },
    get pending() {
      return handle !== null
    }
  }
}
