// Which of undo and redo a key press asks for: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y, with any
// keyboard layout (useUndoShortcuts acts on it in the Data panel).

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
