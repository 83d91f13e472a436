// Our windows: created with the secure preferences of Electron's security checklist, set
// explicitly (literally, so Electronegativity can read them), and tracked so that IPC and frames
// only ever involve a window we made.
import { BrowserWindow, type WebContents } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL, devServerUrl } from './appOrigin'

const windowsByContentsId = new Map<number, BrowserWindow>()

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Logit Lab',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      // eng-disable PRELOAD_JS_CHECK -- the preload exposes only LabApi's named methods
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  })
  const contentsId = window.webContents.id
  windowsByContentsId.set(contentsId, window)
  window.once('closed', () => windowsByContentsId.delete(contentsId))
  window.once('ready-to-show', () => window.show())
  // The page's <title> must not rename the window.
  window.on('page-title-updated', (event) => event.preventDefault())
  return window
}

export function loadRenderer(window: BrowserWindow): Promise<void> {
  return window.loadURL(devServerUrl() ?? APP_ENTRY_URL)
}

/** True only for the web contents of a window made by createMainWindow (and not yet closed). */
export function isOurWebContents(contents: WebContents): boolean {
  return windowsByContentsId.get(contents.id)?.webContents === contents
}

/** Where menu commands go: the focused window if it is ours, else our first window. */
export function activeWindow(): BrowserWindow | null {
  const focused = BrowserWindow.getFocusedWindow()
  if (focused && isOurWebContents(focused.webContents)) return focused
  return windowsByContentsId.values().next().value ?? null
}
