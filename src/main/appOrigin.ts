// Where our pages come from: the packaged renderer behind app://logit-lab, or, in development
// only, electron-vite's dev server. Everything else is foreign.
import { app } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'logit-lab'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** electron-vite's dev server, honoured only in an unpackaged (development) run. */
export function devServerUrl(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL']
  return !app.isPackaged && url && URL.canParse(url) ? url : null
}

/** True for a URL of our own renderer. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false
  const parsed = new URL(url)
  if (parsed.username !== '' || parsed.password !== '') return false
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST
  const dev = devServerUrl()
  return dev !== null && parsed.origin === new URL(dev).origin
}
