// The desktop app's documents: the services (./documents, ./files) wired to Electron: dialogs,
// document events, the not-responding box, window titles, Open Recent and the OS's recent list,
// each window's close, and the quit. Owns the opening of windows, each of which is a document's.
import { app, BrowserWindow } from 'electron'
import type { Worker } from 'node:worker_threads'
import { dialogText } from './dialogText'
import { electronDialogs, windowOf } from './documentDialogs'
import type { CloseDecision } from './documents/closeQuestions'
import { startDocumentServices } from './documents/documentServices'
import { attachDocumentWindow } from './documentWindows'
import type { ExternalOpenTarget } from './externalOpens'
import type { RecentChange } from './files/recentDocuments'
import type { AppMenu, RecentActions } from './menu'
import { notRespondingBox } from './notRespondingBox'
import { guardQuit } from './quitGuard'
import type { DocumentPort } from './requestHandlers'
import { sendDocumentEvent } from './rendererEvents'
import { activeWindow, createMainWindow, isOurWebContents, loadRenderer } from './window'
import { showDocument } from './windowTitle'

export interface DesktopDocuments extends ExternalOpenTarget {
  port: DocumentPort
  /** How many windows to open at start: one per window the last run left work in, at least one. */
  windowsAtStart: number
  openWindow(): BrowserWindow
}

const MAX_WINDOWS_AT_START = 8

export async function setupDocuments(
  menu: AppMenu,
  createCodecWorker: () => Worker
): Promise<DesktopDocuments> {
  const isMac = process.platform === 'darwin'
  const untitled = (): string => dialogText[menu.locale()].untitled
  const recentActions: RecentActions = {
    openRecent: (path) => documents.open(path),
    clearRecent: () => services.deps.recent.clear()
  }
  const onRecentChange = (change: RecentChange): void => {
    if (change.kind === 'added') app.addRecentDocument(change.path)
    if (change.kind === 'cleared') app.clearRecentDocuments()
    menu.setRecent(services.deps.recent.list(), recentActions)
  }
  const services = await startDocumentServices({
    dataFolder: app.getPath('userData'),
    homeFolder: app.getPath('documents'),
    appVersion: app.getVersion(),
    createCodecWorker,
    dialogs: electronDialogs(menu.locale),
    send: sendDocumentEvent,
    closeFallback: notRespondingBox(menu.locale, (owner) => services.deps.backups.savedAt(owner)),
    untitled,
    onRecentChange
  })
  const { windows } = services.deps
  const ours = (): BrowserWindow[] =>
    BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed() && isOurWebContents(w.webContents))
  const retitle = (owner: number): void => {
    const window = windowOf(owner)
    if (window) showDocument(window, windows.get(owner), untitled(), isMac)
  }
  windows.onChange(retitle)
  menu.onLocaleChange(() => ours().forEach((w) => retitle(w.webContents.id)))
  menu.setRecent(services.deps.recent.list(), recentActions)
  const decisions = new Map<number, CloseDecision>()
  const quit = guardQuit(services, decisions, ours)
  const guard = { services, decisions, quitting: quit.quitting, isMac }
  const shown = (): BrowserWindow => {
    const window = activeWindow() ?? documents.openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
    return window
  }
  const documents: DesktopDocuments = {
    port: services.port,
    windowsAtStart: Math.min(MAX_WINDOWS_AT_START, Math.max(1, services.lastRunWindows)),
    openWindow() {
      const window = createMainWindow()
      attachDocumentWindow(window, guard)
      loadRenderer(window).catch((error: unknown) => {
        console.error('The window could not load the app', error)
      })
      return window
    },
    open: (path) => services.pages.openWhenReady(shown().webContents.id, path),
    focus: () => void shown()
  }
  return documents
}
