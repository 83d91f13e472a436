// Quitting (Cmd+Q, the menu's Quit, the last window on Windows and Linux) asks each window with
// unsaved changes in turn, as closing it would, and quits only when every one agreed; one Cancel
// and nothing closes. Before the app exits, every backup is settled on disk (bounded: a write
// hung on a dead network drive must not keep the app from quitting).
import { app, type BrowserWindow } from 'electron'
import type { CloseDecision } from './documents/closeQuestions'
import type { DocumentServices } from './documents/documentServices'

const SETTLE_LIMIT_MS = 5000

export interface QuitGuard {
  /** True once every window agreed: closing now ends the app. */
  quitting(): boolean
}

export function guardQuit(
  services: DocumentServices,
  decisions: Map<number, CloseDecision>,
  windows: () => BrowserWindow[]
): QuitGuard {
  let approved = false
  let asking = false
  let settled = false
  app.on('before-quit', (event) => {
    if (approved) return
    const dirty = windows().filter((w) => services.deps.windows.get(w.webContents.id).state.dirty)
    if (dirty.length === 0) return void (approved = true)
    event.preventDefault()
    if (asking) return
    asking = true
    askInTurn(services, dirty)
      .then((agreed) => {
        asking = false
        if (agreed === null) return
        for (const [owner, decision] of agreed) decisions.set(owner, decision)
        approved = true
        app.quit()
      })
      .catch((error: unknown) => console.error('Asking before quitting failed', error))
  })
  app.on('will-quit', (event) => {
    if (settled) return
    event.preventDefault()
    const limit = new Promise((resolve) => setTimeout(resolve, SETTLE_LIMIT_MS).unref())
    Promise.race([services.dispose(), limit])
      .catch((error: unknown) => console.error('Settling the documents before quitting', error))
      .finally(() => {
        settled = true
        app.quit()
      })
  })
  return { quitting: () => approved }
}

/** Each window's decision, or null when one of them cancelled. */
async function askInTurn(
  services: DocumentServices,
  windows: BrowserWindow[]
): Promise<Map<number, CloseDecision> | null> {
  const agreed = new Map<number, CloseDecision>()
  for (const window of windows) {
    if (window.isDestroyed()) continue
    if (window.isMinimized()) window.restore()
    window.focus()
    const owner = window.webContents.id
    const decision = await services.deps.closes.ask(owner, 'quit')
    if (!decision.close) return null
    agreed.set(owner, decision)
  }
  return agreed
}
