// Which file each window's document belongs to, and what its title bar and close prompt need
// (its title and unsaved-changes flag). Main keeps the paths; a window only ever learns a name.
// Windows are known by their web contents' id, as IPC knows them.
import { basename } from 'node:path'
import type { DocumentState } from '@shared/contract'

export interface WindowDocument {
  /** The file the document was opened from or saved to; null: untitled. */
  path: string | null
  state: DocumentState
}

const UNTITLED: WindowDocument = { path: null, state: { title: '', dirty: false } }

export class WindowDocuments {
  private readonly documents = new Map<number, WindowDocument>()
  private readonly listeners: ((owner: number) => void)[] = []

  get(owner: number): WindowDocument {
    return this.documents.get(owner) ?? UNTITLED
  }

  fileName(owner: number): string | null {
    const { path } = this.get(owner)
    return path === null ? null : basename(path)
  }

  /** The window's document now belongs to `path` (null: untitled), with `state`. */
  adopt(owner: number, path: string | null, state = this.get(owner).state): void {
    this.set(owner, { path, state })
  }

  setState(owner: number, state: DocumentState): void {
    this.set(owner, { ...this.get(owner), state })
  }

  /** The window closed, or its page started over: an untitled document again. */
  forget(owner: number): void {
    if (this.documents.delete(owner)) this.listeners.forEach((listener) => listener(owner))
  }

  /** Called after every change of a window's document (title bar, manifest). */
  onChange(listener: (owner: number) => void): void {
    this.listeners.push(listener)
  }

  private set(owner: number, document: WindowDocument): void {
    this.documents.set(owner, document)
    this.listeners.forEach((listener) => listener(owner))
  }
}
