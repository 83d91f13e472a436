// Every window's backup, by window: kept on request, taken over from the last run when a window
// restores that work, set aside when a page starts over (to be offered to the new page), and
// settled as the window closes: kept for the next start (marked clean, or left as after a crash
// when the page never answered) or removed.
import type { Session } from '@shared/session'
import type { BackupStore, StoredBackup } from '../files/backupStore'
import type { FileResult } from '../files/fileProblem'
import { WindowBackup, type BackupFacts } from '../files/windowBackup'
import type { WindowDocuments } from './windowDocuments'

/** How a window's backup ends when the window closes. */
export type BackupEnd = 'keepClean' | 'keepUnanswered' | 'remove'

interface Slot {
  backup: WindowBackup
  cleanExit: boolean
  /** The facts as the window left them (it is forgotten right after). */
  frozen: BackupFacts | null
}

export class WindowBackups {
  private readonly slots = new Map<number, Slot>()
  private readonly ending = new Set<Promise<void>>()

  constructor(
    private readonly store: BackupStore,
    private readonly windows: WindowDocuments,
    private readonly now: () => Date = () => new Date()
  ) {
    // A window showing a file has a manifest even before its first backup: quitting and
    // starting again reopens that file.
    windows.onChange((owner) => {
      const showsFile = windows.get(owner).path !== null
      const slot = this.slots.get(owner) ?? (showsFile ? this.slot(owner) : null)
      slot?.backup.refresh()
    })
  }

  keep(owner: number, session: Session): Promise<FileResult<null>> {
    return this.slot(owner).backup.keep(session)
  }

  savedAt(owner: number): string | null {
    return this.slots.get(owner)?.backup.savedAt ?? null
  }

  readSession(id: string): Promise<FileResult<Session>> {
    return this.store.readSession(id)
  }

  /** The window takes over a backup of the last run (or its own, set aside): running again. */
  adopt(owner: number, stored: StoredBackup): void {
    const current = this.slots.get(owner)
    if (current?.backup.id === stored.id) return
    if (current) this.track(current.backup.discard())
    const { title, savedAt } = stored.manifest
    this.slot(owner, stored.id, { title, savedAt }).backup.refresh()
  }

  /** The window's page starts over: its backup as the next start would find it, or null. */
  detach(owner: number): StoredBackup | null {
    const slot = this.end(owner, null)
    if (!slot) return null
    const stored = slot.backup.stored()
    const { savedAt, filePath } = stored.manifest
    return savedAt !== null || filePath !== null ? stored : null
  }

  /** Removes a backup the user declined: the window's own, or one of the last run's. */
  async remove(owner: number, id: string): Promise<void> {
    const slot = this.slots.get(owner)
    if (slot?.backup.id === id) return this.discard(owner)
    await this.store.remove(id)
  }

  /** The window's work is gone for good (a new document, Don't Save). */
  async discard(owner: number): Promise<void> {
    const slot = this.slots.get(owner)
    this.slots.delete(owner)
    if (slot) await this.track(slot.backup.discard())
  }

  closed(owner: number, end: BackupEnd): void {
    if (end === 'remove') void this.discard(owner)
    else this.end(owner, end === 'keepClean')
  }

  /** Resolves once every backup is on disk as it should be (before the app exits). */
  async settled(): Promise<void> {
    const busy = [...this.slots.values()].map((slot) => slot.backup.settled())
    await Promise.all([...busy, ...this.ending])
  }

  private end(owner: number, cleanExit: boolean | null): Slot | null {
    const slot = this.slots.get(owner)
    if (!slot) return null
    this.slots.delete(owner)
    if (cleanExit !== null) slot.cleanExit = cleanExit
    slot.frozen = this.facts(owner, slot)
    slot.backup.refresh() // the manifest as the window leaves it
    this.track(slot.backup.settled())
    return slot
  }

  private facts(owner: number, slot: Slot): BackupFacts {
    const { path, state } = this.windows.get(owner)
    return { filePath: path, dirty: state.dirty, cleanExit: slot.cleanExit }
  }

  private slot(owner: number, id?: string, kept?: { title: string; savedAt: string | null }): Slot {
    const existing = this.slots.get(owner)
    if (existing && id === undefined) return existing
    const slot: Omit<Slot, 'backup'> = { cleanExit: false, frozen: null }
    const facts = (): BackupFacts => slot.frozen ?? this.facts(owner, full)
    const full: Slot = Object.assign(slot, {
      backup: new WindowBackup(this.store, id ?? this.store.newId(), facts, kept, this.now)
    })
    this.slots.set(owner, full)
    return full
  }

  private track(work: Promise<void>): Promise<void> {
    this.ending.add(work)
    const done = (): void => void this.ending.delete(work)
    work.then(done, (error: unknown) => {
      console.error('Settling a window backup failed', error)
      done()
    })
    return work
  }
}
