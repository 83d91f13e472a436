// Electron's security checklist, for every web contents the app ever creates: no navigation, no
// new windows, no <webview>, one permission (below); only allow-listed https pages open, and only
// in the system browser.
import { app, session, shell, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '@shared/externalLinks'
import { isAppUrl } from './appOrigin'

/**
 * The only permission granted, and only to our own pages: writing plain text to the clipboard
 * (the log's Copy button). Reading the clipboard, media, devices and the rest stay refused.
 */
function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl)
}

export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl))
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin)
  )
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // A link to an allow-listed page opens in the browser; nothing opens inside the app.
    if (isAllowedExternalUrl(url)) {
      openAllowedExternal(url).catch((error: unknown) => console.error(`Cannot open ${url}`, error))
    }
    return { action: 'deny' }
  })
}

/** Opens `url` in the system browser if, and only if, it is on the allow-list. */
export async function openAllowedExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  // eng-disable OPEN_EXTERNAL_JS_CHECK -- reached only with a URL from the https allow-list
  await shell.openExternal(url)
  return true
}
