// The clock the live views redraw by: the browser's animation frames, or one an ancestor provides
// so a test can step frames by hand (lib/frameScheduler).
import { inject, type InjectionKey } from 'vue'
import { animationFrameClock, type FrameClock } from '../lib/frameScheduler'

export const frameClockKey: InjectionKey<FrameClock> = Symbol('frameClock')

/** The clock provided by an ancestor (tests), else the browser's animation frames. */
export function useFrameClock(): FrameClock {
  return inject(frameClockKey, animationFrameClock)
}
