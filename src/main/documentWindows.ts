// Each window's part in its document: its page's life (loaded, reloaded, crashed) reported to
// the documents, and its close guarded. A window with unsaved changes does not close until its
// page agreed (it asks Save / Don't Save / Cancel itself) or, if the page cannot answer, the user
// did natively; what becomes of its backup is settled when it has closed.
import { BrowserWindow } from 'electron'
import type { BackupEnd } from './documents/windowBackups'
import type { CloseDecision } from './documents/closeQuestions'
import { backupEnd } from './documents/closeOutcome'
import type { DocumentServices } from './documents/documentServices'

export interface WindowGuard {
  services: DocumentServices
  /** Decisions already made for a window (by the quit, or by an earlier close question). */
  decisions: Map<number, CloseDecision>
  quitting(): boolean
  isMac: boolean
}

const failed = (error: unknown): void => console.error('Welcoming a window failed', error)

export function attachDocumentWindow(window: BrowserWindow, guard: WindowGuard): void {
  const { pages, deps } = guard.services
  const contents = window.webContents
  const owner = contents.id // read now: a destroyed web contents has no id to read
  let end: BackupEnd = 'keepUnanswered' // destroyed without a close event: as after a crash
  pages.windowCreated(owner)
  contents.on('did-finish-load', () => void pages.pageLoaded(owner).catch(failed))
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) pages.pageLeft(owner)
  })
  contents.on('render-process-gone', () => pages.pageGone(owner))
  window.on('close', (event) => {
    const decided = guard.decisions.get(owner) ?? null
    const { dirty } = deps.windows.get(owner).state
    if (decided === null && dirty) {
      event.preventDefault()
      decide(window, owner, guard)
      return
    }
    end = backupEnd(decided, dirty, guard.quitting() || isLastWindow(window, guard.isMac))
  })
  window.once('closed', () => {
    guard.decisions.delete(owner)
    pages.windowClosed(owner, end)
  })
}

function decide(window: BrowserWindow, owner: number, guard: WindowGuard): void {
  const { closes } = guard.services.deps
  // A crashed page's window closes at once: the crash box (pageRecovery) asked already, and
  // its work stays in the backup, offered at the next start.
  const decision: Promise<CloseDecision> = closes.isGone(owner)
    ? Promise.resolve({ close: true, by: 'fallback' })
    : closes.ask(owner, 'close')
  decision
    .then((decided) => {
      if (!decided.close || window.isDestroyed()) return
      guard.decisions.set(owner, decided)
      window.close()
    })
    .catch((error: unknown) => console.error('Closing a window failed', error))
}

/** Closing this window ends the app (except on macOS, where the app stays without windows). */
function isLastWindow(window: BrowserWindow, isMac: boolean): boolean {
  const others = BrowserWindow.getAllWindows().filter((w) => w !== window && !w.isDestroyed())
  return !isMac && others.length === 0
}
