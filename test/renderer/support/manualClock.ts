// Animation frames that pass only when a test says so, for code that takes a FrameClock
// (happy-dom's timing is not a display's).
import type { FrameClock } from '@renderer/lib/frameScheduler'

export function manualClock() {
  const waiting = new Map<number, () => void>()
  let next = 1
  const clock: FrameClock = {
    request(callback) {
      waiting.set(next, callback)
      return next++
    },
    cancel(handle) {
      waiting.delete(handle)
    }
  }
  return {
    clock,
    /** Callbacks waiting for the next frame. */
    get pending() {
      return waiting.size
    },
    /** Let one frame pass: run every callback requested so far. */
    frame() {
      const due = [...waiting.values()]
      waiting.clear()
      for (const callback of due) callback()
    },
    /** A frame as a browser runs it: the microtasks each callback queued run before the next one. */
    async frameWithMicrotasks() {
      const due = [...waiting.values()]
      waiting.clear()
      for (const callback of due) {
        callback()
        await Promise.resolve()
      }
    }
  }
}
