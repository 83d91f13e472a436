// One window's backup, kept in the background: at most one write at a time and at most one
// waiting (a session handed in while a write is under way replaces any session still waiting,
// so a burst of changes costs two writes, not one per change). Its manifest is rewritten when
// the window's file, unsaved-changes flag or exit state changes; discarding goes through the
// same queue, so no write lands after the removal it follows.
import type { Session } from '@shared/session'
import type { BackupManifest, BackupStore, StoredBackup } from './backupStore'
import type { FileResult } from './fileProblem'

/** What the window says about its document when the manifest is written. */
export interface BackupFacts {
  filePath: string | null
  dirty: boolean
  cleanExit: boolean
}

type Waiter = (result: FileResult<null>) => void

export class WindowBackup {
  private pending: Session | null = null
  private waiting: Waiter[] = []
  private manifestDue = false
  private discardDue = false
  private running = false
  private idle: (() => void)[] = []

  constructor(
    private readonly store: BackupStore,
    readonly id: string,
    private readonly facts: () => BackupFacts,
    /** What is on disk already (a backup taken over from the last run). */
    private kept: { title: string; savedAt: string | null } = { title: '', savedAt: null },
    private readonly now: () => Date = () => new Date()
  ) {}

  /** When the session was last kept, or null. */
  get savedAt(): string | null {
    return this.kept.savedAt
  }

  /** Keeps `session`, or a newer one handed in before its turn; resolves once that is written. */
  keep(session: Session): Promise<FileResult<null>> {
    this.pending = session
    const written = new Promise<FileResult<null>>((resolve) => this.waiting.push(resolve))
    this.kick()
    return written
  }

  /** The window's facts changed: rewrite the manifest. */
  refresh(): void {
    this.manifestDue = true
    this.kick()
  }

  /** Removes the backup (and drops any write still waiting). */
  discard(): Promise<void> {
    this.release({ ok: true, value: null })
    this.manifestDue = false
    this.discardDue = true
    this.kick()
    return this.settled()
  }

  /** Resolves when nothing is being written. */
  settled(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve()
  }

  /** The backup as the next start would find it. */
  stored(): StoredBackup {
    return { id: this.id, manifest: this.manifest() }
  }

  private manifest(): BackupManifest {
    const { filePath, dirty, cleanExit } = this.facts()
    const { title, savedAt } = this.kept
    return { version: 1, filePath, title, savedAt, cleanExit, dirty }
  }

  private release(result: FileResult<null>): void {
    this.pending = null
    this.waiting.splice(0).forEach((resolve) => resolve(result))
  }

  private kick(): void {
    if (this.running) return
    this.running = true
    void this.drain()
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        if (this.discardDue) await this.remove()
        else if (this.pending) await this.writeSession(this.pending)
        else if (this.manifestDue) await this.writeManifest()
        else break
      }
    } finally {
      this.running = false
      this.idle.splice(0).forEach((resolve) => resolve())
    }
  }

  private async remove(): Promise<void> {
    this.discardDue = false
    this.kept = { title: '', savedAt: null }
    await this.store.remove(this.id)
  }

  private async writeSession(session: Session): Promise<void> {
    const waiting = this.waiting.splice(0)
    this.pending = null
    let result: FileResult<null>
    try {
      result = await this.store.writeSession(this.id, session)
    } catch (error) {
      console.error('Keeping a backup failed', error)
      result = { ok: false, problem: { kind: 'file', fileName: '', reason: 'other' } }
    }
    if (result.ok) {
      this.kept = { title: session.title, savedAt: this.now().toISOString() }
      await this.writeManifest()
    } else console.warn(`Backup ${this.id} was not written`, result.problem)
    waiting.forEach((resolve) => resolve(result))
  }

  private async writeManifest(): Promise<void> {
    this.manifestDue = false
    const manifest = this.manifest()
    // Nothing to remember: no session kept and no file to reopen.
    if (manifest.savedAt === null && manifest.filePath === null) return
    try {
      const result = await this.store.writeManifest(this.id, manifest)
      if (!result.ok) console.warn(`Backup ${this.id}: manifest not written`, result.problem)
    } catch (error) {
      console.error(`Backup ${this.id}: writing the manifest failed`, error)
    }
  }
}
