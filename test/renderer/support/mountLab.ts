// Mounting a component as the app has it: its own fresh Pinia, the app's real translations, a
// fake LabApi and the CSV import's worker run in-process, attached to the page. The hooks below
// leave nothing behind for the next test: every component mountLab mounted is unmounted, globals
// unstubbed, spies restored.
import { afterEach, beforeEach, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import { labApiKey } from '@renderer/platform/labApiInjection'
import { createAppI18n, type AppI18n } from '@renderer/i18n'
import type { Locale } from '@shared/contract'
import { csvWorkerKey, type CreateCsvWorker } from '@renderer/csv/csvReadJob'
import { FakeLabApi } from './fakeLabApi'
import { InProcessCsvWorker } from './csvWorkers'
import { stubAnimationFrames, type AnimationFrames } from './harness'

type Mounted<C> = ReturnType<typeof mount<C>>

export type LabMountOptions<C> = NonNullable<Parameters<typeof mount<C>>[1]> & {
  locale?: Locale
  api?: FakeLabApi
  /** The CSV import's worker: by default the real handler, run in this thread. */
  csvWorker?: CreateCsvWorker
}

export interface LabMount<C> {
  wrapper: Mounted<C>
  api: FakeLabApi
  pinia: Pinia
  i18n: AppI18n
}

const unmountAfterTest: (() => void)[] = []

/** Mounts `component` (attached to document.body unless `attachTo` says otherwise). */
export function mountLab<C>(component: C, labOptions: LabMountOptions<C> = {}): LabMount<C> {
  const {
    locale = 'en',
    api = new FakeLabApi(),
    csvWorker = () => new InProcessCsvWorker(),
    ...options
  } = labOptions
  const pinia = createPinia() // installing it makes it the active one, for the tests' useXStore()
  const i18n = createAppI18n(locale)
  const wrapper = mount(component, {
    attachTo: document.body,
    ...options,
    global: {
      ...options.global,
      plugins: [pinia, i18n, ...(options.global?.plugins ?? [])],
      provide: {
        [labApiKey as symbol]: api,
        [csvWorkerKey as symbol]: csvWorker,
        ...options.global?.provide
      }
    }
  })
  unmountAfterTest.push(() => wrapper.unmount())
  return { wrapper, api, pinia, i18n }
}

/** After each test: unmount what mountLab mounted, unstub globals, restore spies. */
export function cleanUpAfterEach(): void {
  afterEach(() => {
    for (const unmount of unmountAfterTest.splice(0)) unmount()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })
}

/**
 * Animation frames passed by hand in every test (stubAnimationFrames before each); the object
 * returned always drives the current test's frames.
 */
export function handDrivenFrames(): AnimationFrames {
  let current: AnimationFrames | null = null
  beforeEach(() => {
    current = stubAnimationFrames()
  })
  const frames = (): AnimationFrames => {
    if (!current) throw new Error('handDrivenFrames: no test is running')
    return current
  }
  return {
    get pending() {
      return frames().pending
    },
    run: () => frames().run()
  }
}
