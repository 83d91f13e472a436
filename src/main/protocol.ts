// The renderer is served from a privileged custom scheme instead of file://, so the page gets a
// real origin (app://logit-lab) and file:// keeps no special powers over it.
import { protocol } from 'electron'
import { join } from 'node:path'
import { APP_SCHEME } from './appOrigin'
import { rendererRequestHandler } from './rendererFiles'

/** Must run before the app is ready. No corsEnabled: other origins cannot read app:// files. */
export function registerAppProtocol(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** electron-vite builds the renderer next to main: out/renderer beside out/main. */
export function serveRenderer(rendererDir = join(__dirname, '../renderer')): void {
  protocol.handle(APP_SCHEME, rendererRequestHandler(rendererDir))
}
