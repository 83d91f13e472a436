// The keyboard shortcuts: Space trains, pauses or resumes; S steps; R resets the weights; ? shows
// the list. Letters are matched by physical key (event.code), so they work with a Korean keyboard
// layout too, where the S key types ㄴ. Behind an open dialog (the list itself, the CSV preview)
// no shortcut acts. (useShortcuts listens for them.)

export interface ShortcutActions {
  toggle(): void
  step(): void
  reset(): void
  help(): void
}

const TEXT_ENTRY_INPUTS = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'time',
  'datetime-local',
  'month',
  'week'
])

/** True while the user is typing: a text field, a text area, a select or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && TEXT_ENTRY_INPUTS.has(target.type)
}

/** Space already means "press" on these; a shortcut there would act twice. */
function spaceHasNativeMeaning(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.closest(
      'button, a[href], input, select, textarea, summary, [role="button"], [role="checkbox"], [role="switch"], [role="radio"], [role="tab"], [role="menuitem"], [role="option"]'
    ) !== null
  )
}

/**
 * True while a dialog is open in the target's document. The DOM is asked rather than a store:
 * a dialog closed with Escape is closed at once, but its `close` event (which a store would
 * follow) comes a task later, and a key pressed in between must already reach the app.
 */
function isBehindDialog(target: EventTarget | null): boolean {
  const page =
    target instanceof Document ? target : target instanceof Node ? target.ownerDocument : null
  return page?.querySelector('dialog[open]') != null
}

/** The action a key press asks for, or null. */
export function shortcutFor(event: KeyboardEvent): keyof ShortcutActions | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey)
    return null
  if (isTypingTarget(event.target) || isBehindDialog(event.target)) return null
  if (event.key === '?') return 'help'
  if (event.shiftKey) return null
  if (event.code === 'Space' || event.key === ' ') {
    return spaceHasNativeMeaning(event.target) ? null : 'toggle'
  }
  if (event.code === 'KeyS') return 'step'
  if (event.code === 'KeyR') return 'reset'
  return null
}
