// The documents' services, assembled at start (no electron import: the shell passes in what only
// it can do). Before the first window: the recent list is read and the last run's backups are
// listed, after the backups folder's leftover temp files are swept; those beside the user's
// files are swept in the background (an unreachable network drive must not hold up the start).
import type { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import type { DocumentEvent } from '@shared/contract'
import { BackupStore, type StoredBackup } from '../files/backupStore'
import { DocumentFiles } from '../files/documentFiles'
import { nodeFileSystem, type FileSystem } from '../files/fileSystem'
import { RecentDocuments, type RecentChange } from '../files/recentDocuments'
import { sessionCodec } from '../files/sessionCodec'
import { WorkerCodec } from '../files/workerCodec'
import type { DocumentPort } from '../requestHandlers'
import { CloseQuestions } from './closeQuestions'
import type { DocumentDeps, DocumentDialogs } from './documentDeps'
import { DocumentPages } from './documentPages'
import { createDocumentPort } from './documentPort'
import { FolderMemory } from './fileNames'
import { QuestionTokens } from './questionTokens'
import { sweepBackupFolder, sweepUserFolders } from './sweepLeftovers'
import { WindowBackups } from './windowBackups'
import { WindowDocuments } from './windowDocuments'

export interface DocumentServicesOptions {
  /** The app's data folder (app.getPath('userData')): backups/ and the recent list live here. */
  dataFolder: string
  /** Where the first Save and Open dialogs start. */
  homeFolder: string
  appVersion: string
  /** The codec worker; null: every session is encoded and decoded on the calling thread. */
  createCodecWorker: (() => Worker) | null
  dialogs: DocumentDialogs
  send(owner: number, event: DocumentEvent): boolean
  closeFallback(owner: number, signal: AbortSignal): Promise<boolean>
  untitled(): string
  onRecentChange?(change: RecentChange): void
  fs?: FileSystem
  now?: () => Date
  /** How long a page has to answer "may I close?" before the user is asked natively. */
  closeTimeoutMs?: number
}

export interface DocumentServices {
  deps: DocumentDeps
  port: DocumentPort
  pages: DocumentPages
  /** How many windows the last run left work in (the windows to open at start). */
  lastRunWindows: number
  dispose(): Promise<void>
}

/** An offered file's token stays good for this long: the page may be asking the user first. */
const OPEN_TOKEN_LIFETIME_MS = 10 * 60_000

export async function startDocumentServices(
  options: DocumentServicesOptions
): Promise<DocumentServices> {
  const fs = options.fs ?? nodeFileSystem
  const worker = options.createCodecWorker ? new WorkerCodec(options.createCodecWorker) : null
  const { appVersion, now } = options
  const files = new DocumentFiles({ codec: sessionCodec(worker), appVersion, fs, now })
  const store = new BackupStore(join(options.dataFolder, 'backups'), files, fs)
  const knownFiles = join(options.dataFolder, 'recent-documents.json')
  const recent = new RecentDocuments(knownFiles, files, options.onRecentChange)
  await recent.load(fs)
  const startedAt = (now?.() ?? new Date()).getTime()
  await sweepBackupFolder(fs, store.folder, startedAt)
  const lastRun = await listBackups(store)
  void sweepUserFolders(fs, recent.writtenFiles(), startedAt)
  const windows = new WindowDocuments()
  const deps: DocumentDeps = {
    windows,
    files,
    backups: new WindowBackups(store, windows, now),
    recent,
    folders: new FolderMemory(options.homeFolder),
    dialogs: options.dialogs,
    send: options.send,
    opens: new QuestionTokens(OPEN_TOKEN_LIFETIME_MS),
    offers: new Map(),
    closes: new CloseQuestions({
      send: options.send,
      timeoutMs: options.closeTimeoutMs ?? 10_000,
      fallback: options.closeFallback
    }),
    untitled: options.untitled
  }
  return {
    deps,
    port: createDocumentPort(deps),
    pages: new DocumentPages(deps, [...lastRun]),
    lastRunWindows: lastRun.length,
    dispose: async () => {
      await deps.backups.settled()
      await recent.persisted()
      await worker?.dispose()
    }
  }
}

async function listBackups(store: BackupStore): Promise<StoredBackup[]> {
  try {
    return await store.list()
  } catch (error) {
    console.error(`Cannot read the backups in ${store.folder}; starting without them`, error)
    return []
  }
}
