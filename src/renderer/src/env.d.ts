/// <reference types="vite/client" />
import type { LabApi } from '@shared/contract'

declare global {
  interface Window {
    /** Present in the desktop app (exposed by the preload); absent in the web edition. */
    labApi?: LabApi
  }
}
