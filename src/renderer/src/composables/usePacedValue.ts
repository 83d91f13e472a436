// A value as a live view shows it: it follows its source at the view's live pace (lib/livePacer),
// or at once when `urgent` says the change must not wait (a run that paused, stopped or was
// reset, a new one). Without a pacer it is the source itself, unchanged.
//
// An urgent change is shown in the same update as what caused it, not on the next animation
// frame: the status line's state and its counters must change together, and a browser that has
// nothing else to paint (headless, a covered window) may not run animation frames for a while.
import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { createFrameScheduler } from '../lib/frameScheduler'
import type { LiveView } from '../lib/livePacer'
import { useFrameClock } from './useFrameClock'
import { useLivePacer } from './useLivePacer'

export function usePacedValue<T>(
  source: () => T,
  view: LiveView,
  urgent: (next: T, shown: T) => boolean = () => false
): Readonly<Ref<T>> {
  const pacer = useLivePacer()
  if (pacer === null) return computed(source)
  const shown = shallowRef(source())
  let latest = shown.value
  const scheduler = createFrameScheduler(() => (shown.value = latest), useFrameClock(), {
    pacer,
    view
  })
  function showNow(): void {
    scheduler.cancel()
    shown.value = latest
  }
  watch(source, (next) => {
    latest = next
    if (urgent(next, shown.value)) showNow()
    else scheduler.request()
  })
  // The change that makes a value urgent often comes alone: the frame that pauses or ends a run
  // usually brings no new epoch, yet what is shown must catch up with it at once.
  watch(
    () => urgent(latest, shown.value),
    (isUrgent) => {
      if (isUrgent && latest !== shown.value) showNow()
    }
  )
  onScopeDispose(() => scheduler.cancel())
  return shown
}
