// The files the app knows: Open Recent's list (most recent first, at most 10; a file that fails
// to open because it is gone leaves it) and the files it wrote lately (saves and exports), whose
// folders are swept for leftover temp files at start. Kept in the app's data folder as JSON; the
// shell mirrors the recent list to the OS (app.addRecentDocument) through `onChange`.
import { resolve } from 'node:path'
import { z } from 'zod'
import type { DocumentFiles } from './documentFiles'
import type { FileSystem } from './fileSystem'
import { readJsonFile, writeJsonFile } from './jsonFile'

export const MAX_RECENT = 10
const MAX_WRITTEN = 20

const knownFilesSchema = z.object({
  version: z.literal(1),
  recent: z.array(z.string().min(1).max(4096)).max(100),
  written: z.array(z.string().min(1).max(4096)).max(100)
})

export type RecentChange = { kind: 'added'; path: string } | { kind: 'removed' | 'cleared' }

export class RecentDocuments {
  private recent: string[] = []
  private written: string[] = []
  private saving: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly file: string,
    private readonly files: DocumentFiles,
    private readonly onChange: (change: RecentChange) => void = () => undefined
  ) {}

  async load(fs: FileSystem): Promise<void> {
    const known = await readJsonFile(fs, this.file, knownFilesSchema)
    this.recent = known?.recent.slice(0, MAX_RECENT) ?? []
    this.written = known?.written.slice(0, MAX_WRITTEN) ?? []
  }

  list(): string[] {
    return [...this.recent]
  }

  /** Files written lately, the recent ones included: where temp files could be left. */
  writtenFiles(): string[] {
    return [...new Set([...this.recent, ...this.written])]
  }

  add(path: string): void {
    this.recent = [resolve(path), ...this.recent.filter((known) => known !== resolve(path))]
    this.recent.length = Math.min(this.recent.length, MAX_RECENT)
    this.changed({ kind: 'added', path: resolve(path) })
  }

  remove(path: string): void {
    const before = this.recent.length
    this.recent = this.recent.filter((known) => known !== resolve(path))
    if (this.recent.length !== before) this.changed({ kind: 'removed' })
  }

  clear(): void {
    this.recent = []
    this.changed({ kind: 'cleared' })
  }

  noteWritten(path: string): void {
    this.written = [resolve(path), ...this.written.filter((known) => known !== resolve(path))]
    this.written.length = Math.min(this.written.length, MAX_WRITTEN)
    this.persist()
  }

  private changed(change: RecentChange): void {
    this.onChange(change)
    this.persist()
  }

  /** Resolves once the list as it is now is on disk (or failed to be, which is logged). */
  async persisted(): Promise<void> {
    await this.saving
  }

  private persist(): void {
    const value = { version: 1, recent: this.recent, written: this.written }
    this.saving = writeJsonFile(this.files, this.file, value).then((result) => {
      if (!result.ok) console.warn('Cannot keep the recent documents list', result.problem)
    })
  }
}
