// The keyboard shortcuts (lib/shortcuts) listened for on the window while the app is mounted.
import { onScopeDispose } from 'vue'
import { shortcutFor, type ShortcutActions } from '../lib/shortcuts'

export function useShortcuts(actions: ShortcutActions, target: Window = window): void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.repeat) return
    const action = shortcutFor(event)
    if (action === null) return
    // An action that returns false did nothing with the key (Escape outside presentation mode).
    if (actions[action]() !== false) event.preventDefault()
  }
  target.addEventListener('keydown', onKeyDown)
  onScopeDispose(() => target.removeEventListener('keydown', onKeyDown))
}
