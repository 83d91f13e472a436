// A window's page through its life, as the documents see it: created (it claims one of the last
// run's backups), loaded (it is offered that work, then the files waiting for it), started over
// (a reload: its backup is set aside and offered to the new page), gone (its renderer ended:
// questions go to the user), closed (its backup kept or removed, everything else forgotten).
import type { StoredBackup } from '../files/backupStore'
import type { DocumentDeps } from './documentDeps'
import { requestOpen } from './openingHandlers'
import type { BackupEnd } from './windowBackups'
import { welcome } from './welcome'

export class DocumentPages {
  private readonly loaded = new Set<number>()
  private readonly waitingFiles = new Map<number, string[]>()
  private readonly setAside = new Map<number, StoredBackup>()

  constructor(
    private readonly deps: DocumentDeps,
    /** The last run's backups not yet claimed by a window, most recent first. */
    private readonly unclaimed: StoredBackup[]
  ) {}

  windowCreated(owner: number): void {
    const claimed = this.unclaimed.shift()
    if (claimed) this.setAside.set(owner, claimed)
  }

  async pageLoaded(owner: number): Promise<void> {
    this.deps.closes.pageBack(owner)
    const offered = this.setAside.get(owner)
    this.setAside.delete(owner)
    if (offered) await welcome(this.deps, owner, offered)
    this.loaded.add(owner)
    for (const path of this.waitingFiles.get(owner) ?? []) requestOpen(this.deps, owner, path)
    this.waitingFiles.delete(owner)
  }

  /** A page that had loaded starts over (a reload); the first load is not one. */
  pageLeft(owner: number): void {
    if (!this.loaded.delete(owner)) return
    const unanswered = this.deps.offers.get(owner)
    this.deps.offers.delete(owner)
    this.deps.opens.forgetOwner(owner)
    const own = this.deps.backups.detach(owner) ?? unanswered
    this.deps.windows.forget(owner)
    if (own) this.setAside.set(owner, own)
  }

  pageGone(owner: number): void {
    this.deps.closes.pageGone(owner)
  }

  /** A file from outside, for the window's page once it can ask about it. */
  openWhenReady(owner: number, path: string): void {
    if (this.loaded.has(owner)) requestOpen(this.deps, owner, path)
    else this.waitingFiles.set(owner, [...(this.waitingFiles.get(owner) ?? []), path])
  }

  windowClosed(owner: number, end: BackupEnd): void {
    this.deps.backups.closed(owner, end)
    // An offer never answered stays on disk, offered again at the next start.
    this.deps.offers.delete(owner)
    this.deps.opens.forgetOwner(owner)
    this.deps.closes.forget(owner)
    this.deps.windows.forget(owner)
    this.loaded.delete(owner)
    this.waitingFiles.delete(owner)
    this.setAside.delete(owner)
  }
}
