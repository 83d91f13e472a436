// What the document requests work with: the services (files, backups, the recent list), the
// window registry, the questions in flight, and the two things only the Electron shell can do
// (show a dialog, send the page an event), passed in so that all of it runs under plain Node.
import type { DocumentEvent, ExportKind } from '@shared/contract'
import type { StoredBackup } from '../files/backupStore'
import type { DocumentFiles } from '../files/documentFiles'
import type { RecentDocuments } from '../files/recentDocuments'
import type { CloseQuestions } from './closeQuestions'
import type { FolderMemory } from './fileNames'
import type { QuestionTokens } from './questionTokens'
import type { WindowBackups } from './windowBackups'
import type { WindowDocuments } from './windowDocuments'

/** The OS dialogs, attached to the window `owner`; each resolves to a path, or null (cancelled). */
export interface DocumentDialogs {
  chooseSessionToSave(owner: number, suggestedPath: string): Promise<string | null>
  chooseFileToOpen(owner: number, folder: string): Promise<string | null>
  chooseExportTarget(owner: number, kind: ExportKind, suggestedPath: string): Promise<string | null>
}

export interface DocumentDeps {
  windows: WindowDocuments
  files: DocumentFiles
  backups: WindowBackups
  recent: RecentDocuments
  folders: FolderMemory
  dialogs: DocumentDialogs
  /** False when the page could not be reached. */
  send(owner: number, event: DocumentEvent): boolean
  /** Files offered to a window from outside ('openRequested'), by token. */
  opens: QuestionTokens<string>
  /** Work offered to a window for recovery ('recoveryOffered'), by window. */
  offers: Map<number, StoredBackup>
  closes: CloseQuestions
  /** "Untitled", in the menu's language. */
  untitled(): string
}
