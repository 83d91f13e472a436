// Frames arrive up to ~60 times a second, and a slow paint can let several pile up. They are
// queued as they come and applied together once per animation frame, so Vue re-renders at most
// once per paint however fast the trainer runs. A hidden window gets no animation frames, so a
// timer stands in for it and the queue cannot grow without end.
//
// Applying frames is live work too: the store's update and the Vue re-render it sets off took
// 9–27 ms in `npm run bench:ui`, and a chart redraw (10–50 ms) falling in the same animation frame
// made one task of both, past 50 ms. With the window's pacer (see lib/livePacer) the flush
// therefore takes its turn like a paced view: when paced work already used this frame's budget, or
// a view has waited longer, it waits for a later frame (the frames keep queueing), and what it cost
// counts against the budget, so a chart due in the same frame waits for the next one.
import type { TrainingFrame } from '@shared/contract'
import {
  animationFrameClock,
  createFrameScheduler,
  type FrameClock,
  type FramePace
} from '@renderer/lib/frameScheduler'
import type { LivePacer } from '@renderer/lib/livePacer'

/** Apply queued frames after this long even without an animation frame (background window). */
export const FRAME_FALLBACK_MS = 250

export interface FrameBatcher {
  push(frame: TrainingFrame): void
  /** Apply everything queued now (before a new run starts, so nothing stale lingers). */
  flush(): void
  /** Drop everything queued. */
  discard(): void
  /** Share the window's live budget with the paced views (null: apply on every frame). */
  pace(pacer: LivePacer | null): void
}

export function createFrameBatcher(
  apply: (frames: TrainingFrame[]) => void,
  clock: FrameClock = animationFrameClock
): FrameBatcher {
  let queue: TrainingFrame[] = []
  let timerHandle: ReturnType<typeof setTimeout> | null = null
  // Read by the scheduler at each frame, so the pacer can be handed over after creation.
  const framePace: FramePace = { pacer: null, view: 'frames' }
  const scheduler = createFrameScheduler(flush, clock, framePace)

  function cancel(): void {
    scheduler.cancel()
    if (timerHandle !== null) clearTimeout(timerHandle)
    timerHandle = null
  }

  function flush(): void {
    cancel()
    if (queue.length === 0) return
    const frames = queue
    queue = []
    apply(frames)
  }

  return {
    push(frame) {
      queue.push(frame)
      scheduler.request()
      timerHandle ??= setTimeout(flush, FRAME_FALLBACK_MS)
    },
    flush,
    discard() {
      cancel()
      queue = []
    },
    pace(pacer) {
      framePace.pacer = pacer
    }
  }
}
