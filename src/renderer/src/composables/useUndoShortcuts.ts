// Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y for the data, as a keydown handler for the Data panel.
// The text being typed in a cell is committed first, so an undo right after typing takes back
// exactly what was typed.
import { undoKeyOf } from '@renderer/components/data/undoKey'

/**
 * A name box (marked with data-committed, its stored name) with an uncommitted change keeps the
 * browser's own undo of the typing.
 */
function typingElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLInputElement)) return false
  const committed = target.dataset.committed
  return committed !== undefined && target.value !== committed
}

export function useUndoShortcuts(actions: {
  beforeUndo: () => void
  undo: () => boolean
  redo: () => boolean
}): (event: KeyboardEvent) => void {
  return (event) => {
    const which = undoKeyOf(event)
    if (which === null || typingElsewhere(event.target)) return
    event.preventDefault()
    actions.beforeUndo()
    if (which === 'undo') actions.undo()
    else actions.redo()
  }
}
