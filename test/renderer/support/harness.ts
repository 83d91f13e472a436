// Fresh Pinia and a fake LabApi for the stores' tests (components mount with ./mountLab), plus
// hand-driven animation frames (happy-dom's timing is not a display's, and the tests must say when
// a frame passes).
import { createApp, type App } from 'vue'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { vi } from 'vitest'
import { provideLabApi } from '@renderer/platform/labApiInjection'
import { FakeLabApi } from './fakeLabApi'

export interface StoreHarness {
  app: App
  pinia: Pinia
  api: FakeLabApi
}

/** Stores only: an app that provides the fake LabApi, with its own Pinia. */
export function setupStores(api = new FakeLabApi()): StoreHarness {
  const app = createApp({ render: () => null })
  provideLabApi(app, api)
  const pinia = createPinia()
  app.use(pinia)
  setActivePinia(pinia)
  return { app, pinia, api }
}

export interface AnimationFrames {
  /** Callbacks waiting for the next frame. */
  readonly pending: number
  /** Let one animation frame pass: run every callback requested so far. */
  run(): void
}

export function stubAnimationFrames(): AnimationFrames {
  const callbacks = new Map<number, FrameRequestCallback>()
  let next = 1
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.set(next, callback)
    return next++
  })
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => callbacks.delete(handle))
  return {
    get pending() {
      return callbacks.size
    },
    run() {
      const due = [...callbacks.values()]
      callbacks.clear()
      for (const callback of due) callback(performance.now())
    }
  }
}

/** Let pending promise callbacks (the stores' awaits on the LabApi) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}
