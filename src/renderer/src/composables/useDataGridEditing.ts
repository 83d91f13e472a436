// Typing in a cell: the text being typed is a draft of that one cell (checked as it is typed, so
// the mark appears at once) and becomes one undoable edit when the cell is left, Enter or Tab is
// pressed, or an undo is asked for. A multi-cell paste bypasses the draft: it is one edit of its own.
import { shallowRef } from 'vue'
import { parsePastedBlock } from '../stores/datasetCsv'
import type { useDatasetStore } from '../stores/dataset'
import type { CellPosition } from '@renderer/components/data/gridNavigation'

export interface CellDraft extends CellPosition {
  text: string
}

export function useDataGridEditing(store: ReturnType<typeof useDatasetStore>) {
  const draft = shallowRef<CellDraft | null>(null)

  function edit(cell: CellPosition, text: string): void {
    draft.value = { row: cell.row, column: cell.column, text }
  }

  /** Writes the draft to the store; true when the data changed. */
  function commit(): boolean {
    const pending = draft.value
    if (pending === null) return false
    draft.value = null
    return store.setCell(pending.row, pending.column, pending.text)
  }

  function revert(): void {
    draft.value = null
  }

  /**
   * Pastes a block at the cell; false for a single value into a text box, which pastes it itself
   * (a label switch has no text of its own, so it takes single values here).
   */
  function paste(cell: CellPosition, text: string, intoTextBox = true): boolean {
    if (intoTextBox && parsePastedBlock(text) === null) return false
    draft.value = null
    store.pasteBlock(cell.row, cell.column, text)
    return true
  }

  return { draft, edit, commit, revert, paste }
}
