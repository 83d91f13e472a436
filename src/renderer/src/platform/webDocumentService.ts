// The web edition's documents worker, as plain TypeScript (webDocumentWorker.ts hosts it, tests
// call it directly): it encodes and decodes sessions and keeps each tab's backup in IndexedDB.
// A backup is the session file's own text, so a restore decodes it as untrusted input like any
// file (the browser's storage can be edited or half-written), and an old backup is migrated
// forward like an old file.
//
// Requests are answered one at a time, in the order they came: a backup posted before a save's
// 'mark' is written before it, so the mark (the file's name, no unsaved changes) is what stays.
import {
  decodeSession,
  encodeSession,
  SessionEncodeError,
  type SessionError
} from '@shared/session'
import { MAX_SESSION_BYTES } from '@shared/limits'
import type {
  BackupMeta,
  DocumentRequest,
  DocumentResponse,
  FoundBackup
} from './webDocumentProtocol'

/** The few storage calls the service makes (idb-keyval in the worker, a Map in tests). */
export interface BackupStorage {
  get<T>(key: string): Promise<T | undefined>
  setMany(entries: [string, unknown][]): Promise<void>
  delMany(keys: string[]): Promise<void>
  keys(): Promise<string[]>
}

/** What is kept under `meta:<slot>` (the session's text is under `text:<slot>`). */
interface StoredMeta {
  meta: BackupMeta
  handle: FileSystemFileHandle | null
}

const metaKey = (slot: string): string => `meta:${slot}`
const textKey = (slot: string): string => `text:${slot}`

function refuse(error: SessionError): DocumentResponse {
  return { ok: false, reason: 'session', error }
}

function storageRefusal(error: unknown): DocumentResponse {
  const name = error instanceof DOMException ? error.name : ''
  return {
    ok: false,
    reason: name === 'QuotaExceededError' ? 'storageFull' : 'storage',
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  }
}

/** encodeSession's text, or the SessionError a session that breaks the format's rules has. */
function encode(
  session: Parameters<typeof encodeSession>[0],
  savedAt: string,
  appVersion: string
): { ok: true; text: string } | { ok: false; response: DocumentResponse } {
  try {
    return { ok: true, text: encodeSession(session, { savedAt: new Date(savedAt), appVersion }) }
  } catch (error) {
    if (error instanceof SessionEncodeError) return { ok: false, response: refuse(error.error) }
    throw error
  }
}

export function createDocumentService(
  storage: BackupStorage,
  now: () => Date = () => new Date()
): { handle(request: DocumentRequest): Promise<DocumentResponse> } {
  let queue: Promise<unknown> = Promise.resolve()

  async function decodeBlob(file: Blob): Promise<DocumentResponse> {
    // Refused before reading: a 2 GB file must not become a 2 GB string first.
    if (file.size > MAX_SESSION_BYTES) {
      return refuse({ code: 'tooLarge', limit: MAX_SESSION_BYTES, actual: file.size })
    }
    const decoded = decodeSession(await file.text())
    return decoded.ok ? { ok: true, op: 'decode', session: decoded.session } : refuse(decoded.error)
  }

  async function readBackup(slot: string, own: boolean): Promise<DocumentResponse> {
    const stored = await storage.get<StoredMeta>(metaKey(slot))
    const text = await storage.get<string>(textKey(slot))
    if (stored === undefined || typeof text !== 'string') {
      return { ok: true, op: 'restore', found: null }
    }
    const decoded = decodeSession(text)
    if (!decoded.ok) return refuse(decoded.error)
    const found: FoundBackup = {
      session: decoded.session,
      meta: stored.meta,
      handle: stored.handle ?? null,
      own
    }
    return { ok: true, op: 'restore', found }
  }

  /** This slot's backup, else the newest one of a tab that is gone. */
  async function restore(slot: string, liveSlots: string[]): Promise<DocumentResponse> {
    const keys = await storage.keys()
    if (keys.includes(metaKey(slot))) return readBackup(slot, true)
    const live = new Set([slot, ...liveSlots])
    let newest: BackupMeta | null = null
    for (const key of keys) {
      if (!key.startsWith('meta:') || live.has(key.slice(5))) continue
      const stored = await storage.get<StoredMeta>(key)
      if (stored && (newest === null || stored.meta.savedAt > newest.savedAt)) newest = stored.meta
    }
    return newest === null
      ? { ok: true, op: 'restore', found: null }
      : readBackup(newest.slot, false)
  }

  async function run(request: DocumentRequest): Promise<DocumentResponse> {
    switch (request.op) {
      case 'encode': {
        const encoded = encode(request.session, request.savedAt, request.appVersion)
        if (!encoded.ok) return encoded.response
        const blob = new Blob([encoded.text], { type: 'application/json' })
        return { ok: true, op: 'encode', blob, bytes: blob.size }
      }
      case 'decode':
        return decodeBlob(request.file)
      case 'backup': {
        const savedAt = now().toISOString()
        const encoded = encode(request.session, savedAt, request.appVersion)
        if (!encoded.ok) return encoded.response
        const { slot } = request.meta
        const meta: BackupMeta = { ...request.meta, savedAt, bytes: encoded.text.length }
        const stored: StoredMeta = { meta, handle: request.handle }
        await storage.setMany([
          [textKey(slot), encoded.text],
          [metaKey(slot), stored]
        ])
        return { ok: true, op: 'backup', savedAt }
      }
      case 'mark': {
        const stored = await storage.get<StoredMeta>(metaKey(request.slot))
        // No backup yet: the next one carries the mark.
        if (stored !== undefined) {
          const { fileName, dirty, handle } = request
          const meta = { ...stored.meta, fileName, dirty }
          await storage.setMany([[metaKey(request.slot), { meta, handle } satisfies StoredMeta]])
        }
        return { ok: true, op: 'mark' }
      }
      case 'restore':
        return restore(request.slot, request.liveSlots)
      case 'adopt': {
        const stored = await storage.get<StoredMeta>(metaKey(request.from))
        const text = await storage.get<string>(textKey(request.from))
        if (stored !== undefined && text !== undefined) {
          const meta: BackupMeta = { ...stored.meta, slot: request.to }
          await storage.setMany([
            [textKey(request.to), text],
            [metaKey(request.to), { meta, handle: stored.handle } satisfies StoredMeta]
          ])
          await storage.delMany([metaKey(request.from), textKey(request.from)])
        }
        return { ok: true, op: 'adopt' }
      }
      case 'forget':
        await storage.delMany([metaKey(request.slot), textKey(request.slot)])
        return { ok: true, op: 'forget' }
    }
  }

  async function answer(request: DocumentRequest): Promise<DocumentResponse> {
    try {
      return await run(request)
    } catch (error) {
      // A file that cannot be read is the decode's answer; anything else is the storage's.
      if (request.op === 'decode') {
        return refuse({ code: 'internal', message: String(error) })
      }
      console.warn('Logit Lab: the browser storage refused', error)
      return storageRefusal(error)
    }
  }

  return {
    handle(request) {
      const next = queue.then(() => answer(request))
      queue = next
      return next
    }
  }
}
