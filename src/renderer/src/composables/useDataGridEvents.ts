// The data grid's event handlers, attached once to its body for all cells (delegation): typing
// (a draft, committed when the cell is left), labels, keyboard moves, and spreadsheet pastes.
import { ref, watch, type ComputedRef, type Ref } from 'vue'
import type { DatasetIssue } from '@core/dataset'
import type { useDatasetStore } from '../stores/dataset'
import { useDataGridEditing } from './useDataGridEditing'
import {
  cellOf,
  clampCell,
  targetCell,
  type CellPosition,
  type GridShape
} from '@renderer/components/data/gridNavigation'

export interface GridEventContext {
  store: ReturnType<typeof useDatasetStore>
  active: Ref<CellPosition>
  shape: ComputedRef<GridShape>
  focusCell: (cell: CellPosition) => Promise<boolean>
  describe: (issue: DatasetIssue) => string
}

export function useDataGridEvents({ store, active, shape, focusCell, describe }: GridEventContext) {
  const editing = useDataGridEditing(store)
  const tabOrigin = ref<number | null>(null)
  /** Said by screen readers when an edit leaves the cell invalid (the focus has often moved on). */
  const announcement = ref('')
  // Any later change (an undo, a paste) makes the sentence stale; commit() sets it after its edit.
  watch(
    () => store.revision,
    () => (announcement.value = ''),
    { flush: 'sync' }
  )

  function commit(): boolean {
    const pending = editing.draft.value
    const changed = editing.commit()
    if (changed && pending) {
      const issue = store.cellIssue(pending.row, pending.column)
      announcement.value = issue ? describe(issue) : ''
    }
    return changed
  }

  async function moveTo(cell: CellPosition): Promise<boolean> {
    commit()
    if (store.rowCount === 0) return false
    // The model updates through the parent, so the target is kept here rather than read back.
    const target = clampCell(cell, shape.value)
    active.value = target
    return focusCell(target)
  }

  function onFocusIn(event: FocusEvent): void {
    const cell = cellOf(event.target)
    if (cell === null) return
    const pending = editing.draft.value
    if (pending && (pending.row !== cell.row || pending.column !== cell.column)) commit()
    if (cell.row !== active.value.row || cell.column !== active.value.column) active.value = cell
    if (event.target instanceof HTMLInputElement && event.target.type === 'text')
      event.target.select()
  }

  function onFocusOut(event: FocusEvent): void {
    const cell = cellOf(event.target)
    const pending = editing.draft.value
    if (cell && pending && pending.row === cell.row && pending.column === cell.column) commit()
  }

  function onInput(event: Event): void {
    const cell = cellOf(event.target)
    if (cell && event.target instanceof HTMLInputElement && event.target.type === 'text') {
      editing.edit(cell, event.target.value)
    }
  }

  function onChange(event: Event): void {
    const cell = cellOf(event.target)
    if (cell && event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
      store.setLabel(cell.row, event.target.checked ? 1 : 0)
    }
  }

  function onKeydown(event: KeyboardEvent): void {
    const cell = cellOf(event.target)
    // Keys that finish an input-method composition (Korean, Japanese, ...) are not moves.
    if (cell === null || event.isComposing) return
    if (event.key === 'Escape' && editing.draft.value) {
      editing.revert()
      event.preventDefault()
      return
    }
    // A key pressed while a move is still on its way (the target cell not rendered and focused
    // yet, the focus still on the cell being left) moves on from the target, not from the cell
    // left behind: quick arrows are never lost.
    const from =
      cell.row === active.value.row && cell.column === active.value.column ? cell : active.value
    const next = targetCell(event, from, shape.value, tabOrigin.value)
    if (next === null) return
    if (event.key === 'Tab') tabOrigin.value ??= from.column
    else tabOrigin.value = null
    event.preventDefault()
    void moveTo(next)
  }

  function onPaste(event: ClipboardEvent): void {
    const cell = cellOf(event.target)
    const text = event.clipboardData?.getData('text/plain') ?? ''
    const intoTextBox = !(
      event.target instanceof HTMLInputElement && event.target.type === 'checkbox'
    )
    if (cell && text.trim() !== '' && editing.paste(cell, text, intoTextBox)) event.preventDefault()
  }

  return {
    draft: editing.draft,
    announcement,
    commit,
    moveTo,
    handlers: { onFocusIn, onFocusOut, onInput, onChange, onKeydown, onPaste }
  }
}
