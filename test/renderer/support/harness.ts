// Fresh Pinia, a fake LabApi and the real translations for every test, plus hand-driven animation
// frames (happy-dom's timing is not a display's, and the tests must say when a frame passes).
import { createApp, type App } from 'vue'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { vi } from 'vitest'
import { labApiKey, provideLabApi } from '../../../src/renderer/src/composables/useTrainingApi'
import { createAppI18n, type AppI18n } from '../../../src/renderer/src/i18n'
import type { Locale } from '../../../src/shared/contract'
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

/** What @vue/test-utils' mount needs for components that use the stores and i18n. */
export function mountOptions(locale: Locale = 'en', api = new FakeLabApi()) {
  const pinia = createPinia()
  const i18n: AppI18n = createAppI18n(locale)
  return {
    api,
    pinia,
    i18n,
    global: {
      plugins: [pinia, i18n],
      provide: { [labApiKey as symbol]: api }
    }
  }
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
