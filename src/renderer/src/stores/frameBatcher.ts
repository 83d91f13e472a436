// Frames arrive up to ~60 times a second, and a slow paint can let several pile up. They are
// queued as they come and applied together once per animation frame, so Vue re-renders at most
// once per paint however fast the trainer runs. A hidden window gets no animation frames, so a
// timer stands in for it and the queue cannot grow without end.
import type { TrainingFrame } from '@shared/contract'

/** Apply queued frames after this long even without an animation frame (background window). */
export const FRAME_FALLBACK_MS = 250

export interface FrameBatcher {
  push(frame: TrainingFrame): void
  /** Apply everything queued now (before a new run starts, so nothing stale lingers). */
  flush(): void
  /** Drop everything queued. */
  discard(): void
}

export function createFrameBatcher(apply: (frames: TrainingFrame[]) => void): FrameBatcher {
  let queue: TrainingFrame[] = []
  let animationHandle: number | null = null
  let timerHandle: ReturnType<typeof setTimeout> | null = null

  function cancel(): void {
    if (animationHandle !== null) cancelAnimationFrame(animationHandle)
    if (timerHandle !== null) clearTimeout(timerHandle)
    animationHandle = null
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
      if (animationHandle !== null) return
      animationHandle = requestAnimationFrame(flush)
      timerHandle = setTimeout(flush, FRAME_FALLBACK_MS)
    },
    flush,
    discard() {
      cancel()
      queue = []
    }
  }
}
