// What the web edition's page asks its documents worker, and what the worker answers. The worker
// does what would block the page: encoding and decoding sessions (a 100,000-row session is ~23 MB
// of JSON) and reading and writing the backups in IndexedDB (a put serializes its value on the
// calling thread).
import type { Session, SessionError } from '@shared/session'
import type { WireRequest, WireResponse } from './sessionTransfer'

/** A tab's backup: its slot is the tab's (see webTabSlot.ts). */
export interface BackupMeta {
  slot: string
  /** The document's file (a name to show; the handle, where there is one, is kept apart). */
  fileName: string | null
  /** The work has changes its file does not have. */
  dirty: boolean
  title: string
  /** When the backup was written, ISO 8601. */
  savedAt: string
  bytes: number
}

/** A backup found at start: this tab's own (a reload), or a closed or crashed tab's. */
export interface FoundBackup {
  session: Session
  meta: BackupMeta
  /** The file handle the work was saved to, where the browser has the File System Access API. */
  handle: FileSystemFileHandle | null
  /** This tab's own backup (a reload: shown at once), else another tab's (offered). */
  own: boolean
}

export type DocumentRequest =
  | { op: 'encode'; session: Session; savedAt: string; appVersion: string }
  | { op: 'decode'; file: Blob }
  | {
      op: 'backup'
      session: Session
      meta: Omit<BackupMeta, 'bytes' | 'savedAt'>
      handle: FileSystemFileHandle | null
      appVersion: string
    }
  /** The document was saved or its unsaved mark changed: the backup says so (a small write). */
  | {
      op: 'mark'
      slot: string
      fileName: string | null
      dirty: boolean
      handle: FileSystemFileHandle | null
    }
  /** At start: this slot's backup, else the newest one no live tab holds (offered, not taken). */
  | { op: 'restore'; slot: string; liveSlots: string[] }
  /** The offered backup of slot `from` becomes this tab's (`to`): restored. */
  | { op: 'adopt'; from: string; to: string }
  /** A new document, or an offered backup declined: the slot's backup is deleted. */
  | { op: 'forget'; slot: string }

export type DocumentResponse =
  | { ok: true; op: 'encode'; blob: Blob; bytes: number }
  | { ok: true; op: 'decode'; session: Session }
  | { ok: true; op: 'backup'; savedAt: string }
  | { ok: true; op: 'mark' }
  | { ok: true; op: 'restore'; found: FoundBackup | null }
  | { ok: true; op: 'adopt' | 'forget' }
  /** The session is not one the format allows (encode), or the file is not a session (decode). */
  | { ok: false; reason: 'session'; error: SessionError }
  /** The browser's storage refused (full, or not allowed); `detail` is for the console. */
  | { ok: false; reason: 'storageFull' | 'storage'; detail: string }

/**
 * A request with its id, as posted (its session packed to be moved: sessionTransfer.ts); the
 * response comes back with the same id.
 */
export interface DocumentEnvelope {
  id: number
  request: WireRequest
}

export interface DocumentReply {
  id: number
  response: WireResponse
}
