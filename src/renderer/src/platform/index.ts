// The renderer's one door to its platform: the desktop app's preload bridge when there is one,
// otherwise the web edition's Web Worker. Nothing else in the renderer knows which it got.
//
// train() keeps the caller's data intact on both platforms (it is copied to the trainer), and
// frames arrive through onFrame() after train() resolved with the run's id.
import type { LabApi } from '@shared/contract'
import { createElectronLabApi } from './electron'
import { createWebLabApi } from './web'

export type * from '@shared/contract'
export { externalLinks, isAllowedExternalUrl } from '@shared/externalLinks'

export const labApi: LabApi = window.labApi
  ? createElectronLabApi(window.labApi)
  : createWebLabApi({ whenIdle })

/** After the page settled (Safari has no requestIdleCallback: a moment after start instead). */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 3000 })
  else setTimeout(callback, 1000)
}
