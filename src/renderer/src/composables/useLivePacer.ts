// The window's live pacer (lib/livePacer), provided once by App.vue and injected by every live
// view. Without a provider (component tests) nothing is paced.
import { inject, provide, type InjectionKey } from 'vue'
import { createBrowserPacer, type LivePacer } from '../lib/livePacer'

export const livePacerKey: InjectionKey<LivePacer> = Symbol('livePacer')

/** The app's pacer for the whole window (App.vue). */
export function provideLivePacer(pacer: LivePacer = createBrowserPacer()): LivePacer {
  provide(livePacerKey, pacer)
  return pacer
}

/** The pacer an ancestor provides, or null: then live views redraw on every animation frame. */
export function useLivePacer(): LivePacer | null {
  return inject(livePacerKey, null)
}
