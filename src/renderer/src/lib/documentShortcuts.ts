// The document's keys in the web edition (the desktop app's menu has them as accelerators):
// Ctrl/Cmd+O opens, Ctrl/Cmd+S saves, Ctrl/Cmd+Shift+S saves as. Matched by physical key, so
// they work with a Korean layout too.

export type DocumentShortcut = 'open' | 'save' | 'saveAs'

export function documentShortcutFor(event: KeyboardEvent): DocumentShortcut | null {
  if (event.defaultPrevented || event.isComposing || event.altKey) return null
  if (!(event.ctrlKey || event.metaKey)) return null
  if (event.code === 'KeyO' && !event.shiftKey) return 'open'
  if (event.code === 'KeyS') return event.shiftKey ? 'saveAs' : 'save'
  return null
}
