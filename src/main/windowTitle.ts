// The window's title bar says which document it shows and whether it has unsaved changes:
// "lab.logitlab • — Logit Lab" (the file's name; before the first save, the session's title, or
// "Untitled" in the menu's language; the same mark in every language). On macOS the title
// bar also holds the file's icon (its represented file) and the close button's edited dot.
import type { BrowserWindow } from 'electron'
import { basename } from 'node:path'
import type { WindowDocument } from './documents/windowDocuments'

export const APP_TITLE = 'Logit Lab'
export const UNSAVED_MARK = '•'

export function documentTitle({ path, state }: WindowDocument, untitled: string): string {
  const name = (path === null ? '' : basename(path)) || state.title.trim() || untitled
  return `${name}${state.dirty ? ` ${UNSAVED_MARK}` : ''} — ${APP_TITLE}`
}

export function showDocument(
  window: BrowserWindow,
  document: WindowDocument,
  untitled: string,
  isMac: boolean
): void {
  if (window.isDestroyed()) return
  window.setTitle(documentTitle(document, untitled))
  if (!isMac) return
  window.setRepresentedFilename(document.path ?? '')
  window.setDocumentEdited(document.state.dirty)
}
