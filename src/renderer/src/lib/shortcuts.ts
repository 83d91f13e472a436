// The keyboard shortcuts: Space trains, pauses or resumes; S steps; R resets the weights; ? shows
// the list; F5 switches presentation mode and Escape leaves it. Letters are matched by physical
// key (event.code), so they work with a Korean keyboard layout too, where the S key types ㄴ.
// Behind an open dialog (the list itself, the CSV preview) no shortcut acts: there Escape closes
// the dialog, and only that. (useShortcuts listens for them.)

export interface ShortcutActions {
  toggle(): void
  step(): void
  reset(): void
  help(): void
  /** F5: presentation mode on or off. */
  present(): void
  /** Escape: leaves presentation mode. False when not presenting: the key is left to the page. */
  leave(): boolean
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
  if (isBehindDialog(event.target)) return null
  // From a text field or a select too: neither key types anything there, and F5 would reload
  // the page. (An edit that Escape reverts takes the key first: defaultPrevented, above.)
  if (event.key === 'F5' && !event.shiftKey) return 'present'
  if (event.key === 'Escape') return 'leave'
  if (isTypingTarget(event.target)) return null
  if (event.key === '?') return 'help'
  if (event.shiftKey) return null
  if (event.code === 'Space' || event.key === ' ') {
    return spaceHasNativeMeaning(event.target) ? null : 'toggle'
  }
  if (event.code === 'KeyS') return 'step'
  if (event.code === 'KeyR') return 'reset'
  return null
}
