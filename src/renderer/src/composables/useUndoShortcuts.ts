// Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y for the data, as a keydown handler for the Data panel.
// The text being typed in a cell is committed first, so an undo right after typing takes back
// exactly what was typed.

export type UndoKey = 'undo' | 'redo' | null

export function undoKeyOf(event: KeyboardEvent): UndoKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  // The letter as typed; with a Korean layout active it is a Hangul letter, so then the key's
  // place on the keyboard decides (Z and Y are where they are on a US layout there).
  const key = /^[a-z]$/i.test(event.key)
    ? event.key.toLowerCase()
    : event.code.replace(/^Key/, '').toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

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
