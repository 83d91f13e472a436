/// <reference types="vite/client" />
import type { ElectronBridge } from '@shared/bridge'

declare global {
  interface Window {
    /**
     * Present in the desktop app (exposed by the preload; platform/electron.ts makes it a
     * LabApi); absent in the web edition.
     */
    labApi?: ElectronBridge
  }
}
