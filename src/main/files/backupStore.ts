// The backups folder (the app's data folder, never beside the user's file): per window a
// session file `<id>.logitlab`, written with the same atomic save as the user's files, and a
// manifest `<id>.json` saying which file the work belongs to, when it was kept, whether its
// window closed normally, and whether it had unsaved changes.
import '@shared/zodSetup' // before any schema is built
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import type { Session } from '@shared/session'
import type { DocumentFiles } from './documentFiles'
import type { FileResult } from './fileProblem'
import type { FileSystem } from './fileSystem'
import { readJsonFile, removeFile, writeJsonFile } from './jsonFile'

export interface BackupManifest {
  version: 1
  /** The user's file the work belongs to; null for work never saved. */
  filePath: string | null
  title: string
  /** When the session was last kept here (ISO 8601), or null: only the manifest (see below). */
  savedAt: string | null
  /** The window closed (or the app quit) normally since: false while it runs, and after a crash. */
  cleanExit: boolean
  /** The work had changes its file does not have. */
  dirty: boolean
}

/** A backup on disk. Without a session (`savedAt` null) it only remembers the window's file. */
export interface StoredBackup {
  id: string
  manifest: BackupManifest
}

const ID = /^[0-9a-f]{16}$/

const manifestSchema: z.ZodType<BackupManifest> = z.strictObject({
  version: z.literal(1),
  filePath: z.string().min(1).max(4096).nullable(),
  title: z.string().max(1000),
  savedAt: z.iso.datetime().nullable(),
  cleanExit: z.boolean(),
  dirty: z.boolean()
})

export class BackupStore {
  constructor(
    readonly folder: string,
    private readonly files: DocumentFiles,
    private readonly fs: FileSystem
  ) {}

  newId(): string {
    return randomBytes(8).toString('hex')
  }

  sessionPath(id: string): string {
    return join(this.folder, `${id}.logitlab`)
  }

  /**
   * The backups of earlier runs that still hold something, most recently kept first. Run at
   * start, before any window keeps work: also removes session files whose manifest is gone (a
   * removal interrupted between its two files).
   */
  async list(): Promise<StoredBackup[]> {
    await this.fs.makeFolder(this.folder)
    const names = await this.fs.readdir(this.folder)
    const idsOf = (extension: string): string[] =>
      names
        .filter((name) => name.endsWith(extension))
        .map((name) => name.slice(0, -extension.length))
        .filter((id) => ID.test(id))
    const ids = idsOf('.json')
    for (const orphan of idsOf('.logitlab').filter((id) => !ids.includes(id))) {
      await removeFile(this.fs, this.sessionPath(orphan))
    }
    const found: StoredBackup[] = []
    for (const id of ids) {
      const manifest = await readJsonFile(this.fs, join(this.folder, `${id}.json`), manifestSchema)
      if (manifest && (manifest.savedAt !== null || manifest.filePath !== null)) {
        found.push({ id, manifest })
      }
    }
    const time = ({ manifest }: StoredBackup): string => manifest.savedAt ?? ''
    return found.sort((a, b) => time(b).localeCompare(time(a)))
  }

  async writeSession(id: string, session: Session): Promise<FileResult<null>> {
    await this.fs.makeFolder(this.folder)
    return this.files.saveSession(this.sessionPath(id), session)
  }

  async writeManifest(id: string, manifest: BackupManifest): Promise<FileResult<null>> {
    await this.fs.makeFolder(this.folder)
    return writeJsonFile(this.files, join(this.folder, `${id}.json`), manifest)
  }

  async readSession(id: string): Promise<FileResult<Session>> {
    const opened = await this.files.open(this.sessionPath(id))
    if (!opened.ok) return opened
    if (opened.value.kind !== 'session') throw new Error('a backup is a session file')
    return { ok: true, value: opened.value.session }
  }

  async remove(id: string): Promise<void> {
    // The manifest first: a session file without one is never offered, the reverse would be.
    await removeFile(this.fs, join(this.folder, `${id}.json`))
    await removeFile(this.fs, this.sessionPath(id))
  }
}
