// At most one piece of work per animation frame: however many frames of training arrive between two
// paints, the charts and the prediction table redraw once. The clock is injectable so tests can
// step frames by hand (happy-dom's timing is not a display's).
import { inject, type InjectionKey } from 'vue'

export interface FrameClock {
  request(callback: () => void): number
  cancel(handle: number): void
}

export const animationFrameClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle)
}

export const frameClockKey: InjectionKey<FrameClock> = Symbol('frameClock')

/** The clock provided by an ancestor (tests), else the browser's animation frames. */
export function useFrameClock(): FrameClock {
  return inject(frameClockKey, animationFrameClock)
}

export interface FrameScheduler {
  /** Run the work on the next frame; repeated requests before it runs coalesce into one. */
  request(): void
  cancel(): void
  readonly pending: boolean
}

export function createFrameScheduler(work: () => void, clock: FrameClock): FrameScheduler {
  let handle: number | null = null
  return {
    request() {
      if (handle !== null) return
      handle = clock.request(() => {
        handle = null
        work()
      })
    },
    cancel() {
      if (handle === null) return
      clock.cancel(handle)
      handle = null
    },
    get pending() {
      return handle !== null
    }
  }
}
