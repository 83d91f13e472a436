// At most one piece of work per animation frame: however many frames of training arrive between two
// paints, the charts and the prediction table redraw once (and, paced, less often: see
// livePacer). The clock is injectable so tests can step frames by hand (happy-dom's timing is
// not a display's).
import type { LivePacer, LiveView } from './livePacer'

export interface FrameClock {
  /** The callback gets the frame's timestamp (a test's hand-stepped frames may give none). */
  request(callback: (time?: number) => void): number
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
  /**
   * Run the work on the next frame whatever the pace (the student changed something); with other
   * such work waiting, on the first frame with budget for it.
   */
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
  /** This scheduler's place in the pacer's turns. */
  const turn = {}

  /** Work the student caused skips the pace, not the turns (see LivePacer.takeTurn). */
  function due(pacer: LivePacer, view: LiveView): boolean {
    if (urgent) return pacer.takeTurn(turn, true)
    return pacer.now() - lastRun >= pacer.interval(view) && pacer.takeTurn(turn)
  }

  function tick(time?: number): void {
    handle = null
    const pacer = pace?.pacer ?? null
    pacer?.enterFrame(time)
    if (pacer !== null && pace !== null && !due(pacer, pace.view)) {
      handle = clock.request(tick) // not yet: look again on the next frame
      return
    }
    urgent = false
    if (pacer === null) return work()
    pacer.leave(turn)
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
      pace?.pacer?.leave(turn)
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
