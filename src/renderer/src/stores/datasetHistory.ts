// Undo and redo as a list of reversible edits. Each edit knows its own inverse and roughly how
// many bytes it keeps alive, so the history is bounded both in steps and in memory: an import of
// 100,000 rows keeps the previous table for undo, and a few of those must not exhaust memory.

export interface Edit {
  undo(): void
  redo(): void
  /** Roughly how much memory this edit keeps alive (the data it needs to undo or redo). */
  bytes: number
  /** Set when the edit changes cells of this one row and nothing else. */
  row?: number
}

export interface HistoryLimits {
  maxSteps: number
  maxBytes: number
}

export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { maxSteps: 200, maxBytes: 64 * 1024 * 1024 }

export class UndoHistory {
  private done: Edit[] = []
  private undone: Edit[] = []
  private bytes = 0

  constructor(private readonly limits: HistoryLimits = DEFAULT_HISTORY_LIMITS) {}

  get canUndo(): boolean {
    return this.done.length > 0
  }

  get canRedo(): boolean {
    return this.undone.length > 0
  }

  get size(): { steps: number; bytes: number } {
    return { steps: this.done.length + this.undone.length, bytes: this.bytes }
  }

  /** Records an edit that has just been applied; whatever was undone can no longer be redone. */
  push(edit: Edit): void {
    for (const dropped of this.undone) this.bytes -= dropped.bytes
    this.undone = []
    this.done.push(edit)
    this.bytes += edit.bytes
    // The oldest steps go first; the newest one stays even when it alone is over the budget.
    while (
      this.done.length > 1 &&
      (this.done.length > this.limits.maxSteps || this.bytes > this.limits.maxBytes)
    ) {
      const oldest = this.done.shift() as Edit
      this.bytes -= oldest.bytes
    }
  }

  /** Undoes the newest edit and returns it, or null when there is none. */
  undo(): Edit | null {
    const edit = this.done.pop()
    if (edit === undefined) return null
    edit.undo()
    this.undone.push(edit)
    return edit
  }

  redo(): Edit | null {
    const edit = this.undone.pop()
    if (edit === undefined) return null
    edit.redo()
    this.done.push(edit)
    return edit
  }

  clear(): void {
    this.done = []
    this.undone = []
    this.bytes = 0
  }
}
