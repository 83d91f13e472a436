// The web edition's documents, behind the same LabApi methods the desktop app's main process
// answers: Save downloads the .logitlab file, or writes it in place where the browser has the File
// System Access API; Open uploads it (or uses the Open picker); a drop opens it; backups live in
// IndexedDB, one per tab, so a reload shows the work again and a closed or crashed tab's work is
// offered at the next start. Encoding, decoding and storage run in a worker (webDocumentClient).
import type {
  ApiResult,
  DocumentEvent,
  DocumentName,
  DocumentProblem,
  ExportKind,
  LabApi,
  OpenedDocument
} from '@shared/contract'
import { SESSION_FILE_EXTENSION, type Session } from '@shared/session'
import { MAX_CSV_BYTES } from '@shared/limits'
import { APP_VERSION } from './appVersion'
import { createDocumentWorkerClient, type DocumentWorkerClient } from './webDocumentClient'
import type { DocumentResponse, FoundBackup } from './webDocumentProtocol'
import * as webFiles from './webFiles'
import { claimTabSlot, newSlot, type TabSlot } from './webTabSlot'
import type { WorkSetAside } from './workSetAside'

type DocumentMethods = Pick<
  LabApi,
  | 'saveSession'
  | 'openDocument'
  | 'answerOpen'
  | 'openDroppedFile'
  | 'newDocument'
  | 'backupSession'
  | 'setDocumentState'
  | 'answerClose'
  | 'answerRecovery'
  | 'exportFile'
  | 'onDocumentEvent'
> &
  WorkSetAside

export interface WebDocumentsOptions {
  documents?: DocumentWorkerClient
  claimSlot?: () => Promise<TabSlot>
  files?: typeof webFiles
}

const MIME_TYPES: Record<ExportKind, string> = {
  weightsJson: 'application/json',
  weightsCsv: 'text/csv',
  predictionsCsv: 'text/csv',
  pytorch: 'text/x-python',
  safetensors: 'application/octet-stream',
  onnx: 'application/octet-stream',
  sklearn: 'text/x-python',
  pytorchCode: 'text/x-python',
  zip: 'application/zip'
}

type Result<T> = Promise<ApiResult<T>>
const done = <T>(value: T): ApiResult<T> => ({ ok: true, value })

function problem(documentProblem: DocumentProblem): ApiResult<never> {
  return {
    ok: false,
    error: { code: 'documentFailed', message: documentProblem.kind, problem: documentProblem }
  }
}

/** A refusal from the worker, as the API's error about `fileName`. */
function refusal(response: DocumentResponse & { ok: false }, fileName: string): ApiResult<never> {
  if (response.reason === 'session') {
    return problem({ kind: 'session', fileName, error: response.error })
  }
  const reason = response.reason === 'storageFull' ? 'diskFull' : 'other'
  return problem({ kind: 'file', fileName, reason, detail: response.detail })
}

/** A name for a file that has none yet: the title, without what file systems refuse. */
export function suggestedFileName(title: string): string {
  const kept = [...title].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
  const base = kept.join('').replace(/\s+/g, ' ').trim().slice(0, 120)
  return `${base === '' ? 'logit-lab' : base}.${SESSION_FILE_EXTENSION}`
}

function kindOfFile(name: string): 'session' | 'csv' | null {
  const lower = name.toLowerCase()
  if (lower.endsWith(`.${SESSION_FILE_EXTENSION}`)) return 'session'
  return lower.endsWith('.csv') ? 'csv' : null
}

export function createWebDocuments(options: WebDocumentsOptions = {}): DocumentMethods {
  const documents = options.documents ?? createDocumentWorkerClient()
  const files = options.files ?? webFiles
  const listeners = new Set<(event: DocumentEvent) => void>()
  /** Events from before the document store listened (the restore at start). */
  let queued: DocumentEvent[] = []
  let fileName: string | null = null
  let handle: FileSystemFileHandle | null = null
  let dirty = false
  /** Another tab's backup, offered and not yet answered. */
  let offered: FoundBackup | null = null

  function emit(event: DocumentEvent): void {
    if (listeners.size === 0) queued.push(event)
    for (const listener of listeners) listener(event)
  }

  function adoptFile(found: FoundBackup): OpenedDocument {
    fileName = found.meta.fileName
    handle = found.handle
    return { kind: 'session', session: found.session, fileName, dirty: found.meta.dirty }
  }

  const claimSlot = options.claimSlot ?? claimTabSlot
  let tab: Promise<TabSlot> | null = null
  let started: Promise<void> | null = null

  /** At first use: this tab's backup is shown at once (a reload), another's is offered. */
  function start(): Promise<void> {
    tab ??= claimSlot()
    started ??= tab.then(async ({ slot, liveSlots }) => {
      const answer = await documents({ op: 'restore', slot, liveSlots })
      if (!answer.ok) {
        console.warn('Logit Lab: the backup could not be read', answer)
        return
      }
      if (answer.op !== 'restore' || answer.found === null) return
      const found = answer.found
      if (found.own) {
        emit({ kind: 'restored', document: adoptFile(found) })
        return
      }
      offered = found
      const { title, savedAt, fileName: name } = found.meta
      emit({ kind: 'recoveryOffered', title, savedAt, fileName: name })
    })
    return started
  }

  async function slot(): Promise<string> {
    await start()
    return (await (tab ?? claimSlot())).slot
  }

  async function mark(): Promise<void> {
    await documents({ op: 'mark', slot: await slot(), fileName, dirty, handle })
  }

  /** The save target: the kept handle, or a picked one; null when the user cancelled. */
  async function target(as: boolean, name: string): Promise<FileSystemFileHandle | null> {
    if (!as && handle !== null && (await files.mayWrite(handle))) return handle
    try {
      return await files.pickSaveFile(name)
    } catch (error) {
      if (files.isCancel(error)) return null
      throw error
    }
  }

  async function saveSession(
    session: Session,
    { as }: { as: boolean }
  ): Result<DocumentName | null> {
    const name = fileName ?? suggestedFileName(session.title)
    let to: FileSystemFileHandle | null = null
    try {
      // The picker first: it needs the user's gesture, which a slow encode would outlast.
      if (files.canSaveInPlace()) {
        to = await target(as, name)
        if (to === null) return done(null)
      }
    } catch (error) {
      return problem({ kind: 'file', fileName: name, reason: files.fileProblemReason(error) })
    }
    const encoded = await documents({
      op: 'encode',
      session,
      savedAt: new Date().toISOString(),
      appVersion: APP_VERSION
    })
    if (!encoded.ok) return refusal(encoded, to?.name ?? name)
    if (encoded.op !== 'encode') throw new Error(`unexpected answer ${encoded.op}`)
    if (to === null) files.download(encoded.blob, name)
    else {
      try {
        await files.writeFile(to, encoded.blob)
      } catch (error) {
        const reason = files.fileProblemReason(error)
        return problem({ kind: 'file', fileName: to.name, reason, detail: String(error) })
      }
    }
    fileName = to?.name ?? name
    handle = to
    dirty = false
    await mark()
    return done({ fileName })
  }

  /** Reads a chosen or dropped file: a session to show, a CSV to preview, or why not. */
  async function read(file: File, from: FileSystemFileHandle | null): Result<OpenedDocument> {
    const kind = kindOfFile(file.name)
    if (kind === null) {
      return problem({ kind: 'file', fileName: file.name, reason: 'notSessionOrCsv' })
    }
    if (kind === 'csv') {
      if (file.size > MAX_CSV_BYTES) {
        return problem({ kind: 'file', fileName: file.name, reason: 'tooLarge' })
      }
      // The file itself: the import's worker reads and decodes it, with its progress and Cancel.
      return done({ kind: 'csv', fileName: file.name, file })
    }
    const decoded = await documents({ op: 'decode', file })
    if (!decoded.ok) return refusal(decoded, file.name)
    if (decoded.op !== 'decode') throw new Error(`unexpected answer ${decoded.op}`)
    // Only now is the work replaced: a file that fails leaves the open one as it was.
    fileName = file.name
    handle = from
    dirty = false
    return done({ kind: 'session', session: decoded.session, fileName, dirty: false })
  }

  return {
    saveSession,
    async openDocument() {
      let picked: webFiles.PickedFile | null
      try {
        picked = await files.pickOpenFile()
      } catch (error) {
        return problem({ kind: 'file', fileName: '', reason: files.fileProblemReason(error) })
      }
      return picked === null ? done(null) : read(picked.file, picked.handle)
    },
    // The web edition's shell never asks to open a file or to close.
    answerOpen: async () => done(null),
    openDroppedFile: (file) => read(file, null),
    async newDocument() {
      fileName = null
      handle = null
      dirty = false
      const answer = await documents({ op: 'forget', slot: await slot() })
      return answer.ok ? done(null) : refusal(answer, '')
    },
    async backupSession(session) {
      const meta = { slot: await slot(), fileName, dirty, title: session.title }
      const answer = await documents({
        op: 'backup',
        session,
        meta,
        handle,
        appVersion: APP_VERSION
      })
      return answer.ok ? done(null) : refusal(answer, fileName ?? '')
    },
    async setDocumentState(state) {
      dirty = state.dirty
      return done(null)
    },
    answerClose: async () => done(null),
    async answerRecovery(restore) {
      await start()
      const found = offered
      offered = null
      if (found === null) return done(null)
      const op = restore
        ? ({ op: 'adopt', from: found.meta.slot, to: await slot() } as const)
        : ({ op: 'forget', slot: found.meta.slot } as const)
      const answer = await documents(op)
      if (!answer.ok) return refusal(answer, found.meta.fileName ?? '')
      return done(restore ? adoptFile(found) : null)
    },
    async exportFile(file) {
      const content = typeof file.content === 'string' ? file.content : new Uint8Array(file.content)
      const blob = new Blob([content], { type: MIME_TYPES[file.kind] })
      files.download(blob, file.suggestedName)
      return done({ fileName: file.suggestedName })
    },
    // Kept under a slot no tab holds: like a closed tab's work, it is offered at every start
    // until it is restored or discarded, and it is offered now (replacing an earlier offer, which
    // stays kept for a later start).
    async setAsideWork(current) {
      await start()
      const session = await current()
      if (session === null) return done(false)
      const aside = newSlot()
      const meta = { slot: aside, fileName, dirty, title: session.title }
      const kept = await documents({ op: 'backup', session, meta, handle, appVersion: APP_VERSION })
      if (!kept.ok) return refusal(kept, fileName ?? '')
      const read = await documents({ op: 'restore', slot: aside, liveSlots: [] })
      if (!read.ok) return refusal(read, fileName ?? '')
      if (read.op !== 'restore' || read.found === null)
        throw new Error('the work set aside is gone')
      offered = { ...read.found, own: false }
      const { title, savedAt } = read.found.meta
      emit({ kind: 'recoveryOffered', title, savedAt, fileName: read.found.meta.fileName })
      return done(true)
    },
    onDocumentEvent(listener) {
      listeners.add(listener)
      void start()
      const waiting = queued
      queued = []
      for (const event of waiting) listener(event)
      return () => listeners.delete(listener)
    }
  }
}
