// The stores reach their platform (Electron's bridge or the web edition's Web Worker) through
// Vue's provide/inject, so main.ts decides which LabApi the app gets and a test hands in a fake.
import { inject, type App, type InjectionKey } from 'vue'
import type { LabApi } from '@shared/contract'

export const labApiKey: InjectionKey<LabApi> = Symbol('LabApi')

export function provideLabApi(app: App, api: LabApi): void {
  app.provide(labApiKey, api)
}

/**
 * The app's LabApi; call in a component's or a store's setup. A plain injection with no state of
 * its own (not a composable), which is why the stores may call it.
 */
export function injectLabApi(): LabApi {
  const api = inject(labApiKey, null)
  if (api === null) throw new Error('No LabApi provided: call provideLabApi(app, api) first')
  return api
}
