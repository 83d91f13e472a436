import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { shortcutFor } from '@renderer/lib/shortcuts'
import { useShortcuts } from '@renderer/composables/useShortcuts'

function press(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  type?: string
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag)
  if (type) created.setAttribute('type', type)
  document.body.append(created)
  return created
}

afterEach(() => {
  document.body.replaceChildren()
})

function fakeActions() {
  return {
    toggle: vi.fn(),
    step: vi.fn(),
    reset: vi.fn(),
    help: vi.fn(),
    present: vi.fn(),
    leave: vi.fn(() => true)
  }
}

describe('keyboard shortcuts', () => {
  it('maps Space, S, R and ? to their actions', () => {
    const scope = effectScope()
    const actions = fakeActions()
    scope.run(() => useShortcuts(actions))
    const space = press(document.body, { key: ' ', code: 'Space' })
    press(document.body, { key: 's', code: 'KeyS' })
    press(document.body, { key: 'r', code: 'KeyR' })
    press(document.body, { key: '?', code: 'Slash', shiftKey: true })
    expect(actions.toggle).toHaveBeenCalledTimes(1)
    expect(actions.step).toHaveBeenCalledTimes(1)
    expect(actions.reset).toHaveBeenCalledTimes(1)
    expect(actions.help).toHaveBeenCalledTimes(1)
    expect(space.defaultPrevented).toBe(true) // the page does not scroll
    scope.stop()
    press(document.body, { key: 's', code: 'KeyS' })
    expect(actions.step).toHaveBeenCalledTimes(1)
  })

  it('ignores keys typed into a text field, a select or editable content', () => {
    const field = element('input', 'text')
    expect(shortcutFor(keydownOn(field, { key: 's', code: 'KeyS' }))).toBeNull()
    expect(shortcutFor(keydownOn(field, { key: ' ', code: 'Space' }))).toBeNull()
    expect(shortcutFor(keydownOn(field, { key: '?', shiftKey: true }))).toBeNull()
    expect(shortcutFor(keydownOn(element('textarea'), { key: 'r', code: 'KeyR' }))).toBeNull()
    expect(shortcutFor(keydownOn(element('select'), { key: 'r', code: 'KeyR' }))).toBeNull()
    const editable = element('div')
    editable.contentEditable = 'true'
    expect(shortcutFor(keydownOn(editable, { key: 'r', code: 'KeyR' }))).toBeNull()
  })

  it('leaves Space to a focused button or checkbox, which it already presses', () => {
    expect(shortcutFor(keydownOn(element('button'), { key: ' ', code: 'Space' }))).toBeNull()
    expect(
      shortcutFor(keydownOn(element('input', 'checkbox'), { key: ' ', code: 'Space' }))
    ).toBeNull()
    // ...but S still steps from a button or a slider.
    expect(shortcutFor(keydownOn(element('button'), { key: 's', code: 'KeyS' }))).toBe('step')
    expect(shortcutFor(keydownOn(element('input', 'range'), { key: 'r', code: 'KeyR' }))).toBe(
      'reset'
    )
  })

  it('works with a Korean keyboard layout (the S key types ㄴ)', () => {
    expect(shortcutFor(keydownOn(document.body, { key: 'ㄴ', code: 'KeyS' }))).toBe('step')
    expect(shortcutFor(keydownOn(document.body, { key: 'ㄱ', code: 'KeyR' }))).toBe('reset')
  })

  it('leaves browser and system shortcuts alone (Ctrl+R, Cmd+S, Alt+S)', () => {
    expect(
      shortcutFor(keydownOn(document.body, { key: 'r', code: 'KeyR', ctrlKey: true }))
    ).toBeNull()
    expect(
      shortcutFor(keydownOn(document.body, { key: 's', code: 'KeyS', metaKey: true }))
    ).toBeNull()
    expect(
      shortcutFor(keydownOn(document.body, { key: 's', code: 'KeyS', altKey: true }))
    ).toBeNull()
    expect(
      shortcutFor(keydownOn(document.body, { key: 'S', code: 'KeyS', shiftKey: true }))
    ).toBeNull()
  })
})

describe('presentation keys', () => {
  it('F5 switches presentation mode instead of reloading the page, even from a text field', () => {
    const scope = effectScope()
    const actions = fakeActions()
    scope.run(() => useShortcuts(actions))
    const f5 = press(document.body, { key: 'F5', code: 'F5' })
    press(element('input', 'text'), { key: 'F5', code: 'F5' })
    press(element('select'), { key: 'F5', code: 'F5' })
    expect(actions.present).toHaveBeenCalledTimes(3)
    expect(f5.defaultPrevented).toBe(true)
    // Ctrl+F5 and Shift+F5 stay the browser's hard reload.
    expect(shortcutFor(keydownOn(document.body, { key: 'F5', ctrlKey: true }))).toBeNull()
    expect(shortcutFor(keydownOn(document.body, { key: 'F5', shiftKey: true }))).toBeNull()
    scope.stop()
  })

  it('Escape leaves presentation mode, and is left to the page when there is none', () => {
    const scope = effectScope()
    const actions = fakeActions()
    scope.run(() => useShortcuts(actions))
    expect(press(element('select'), { key: 'Escape', code: 'Escape' }).defaultPrevented).toBe(true)
    actions.leave.mockReturnValue(false)
    expect(press(document.body, { key: 'Escape', code: 'Escape' }).defaultPrevented).toBe(false)
    expect(actions.leave).toHaveBeenCalledTimes(2)
    scope.stop()
  })

  it('leaves Escape to an open dialog and to a cell edit that reverts with it', () => {
    const scope = effectScope()
    const actions = fakeActions()
    scope.run(() => useShortcuts(actions))
    const dialog = element('dialog')
    const inside = element('button')
    dialog.append(inside)
    dialog.setAttribute('open', '')
    press(inside, { key: 'Escape', code: 'Escape' })
    press(inside, { key: 'F5', code: 'F5' })
    dialog.removeAttribute('open')
    const cell = element('input', 'text')
    cell.addEventListener('keydown', (event) => event.preventDefault()) // the grid's revert
    press(cell, { key: 'Escape', code: 'Escape' })
    expect(actions.leave).not.toHaveBeenCalled()
    expect(actions.present).not.toHaveBeenCalled()
    scope.stop()
  })
})

/** A keydown event whose target is `target` (what a listener on window would see). */
function keydownOn(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  let seen: KeyboardEvent | null = null
  const listener = (event: Event): void => {
    seen = event as KeyboardEvent
  }
  window.addEventListener('keydown', listener)
  press(target, init)
  window.removeEventListener('keydown', listener)
  if (seen === null) throw new Error('the keydown did not reach the window')
  return seen
}

describe('keyboard shortcuts behind a dialog', () => {
  it('act on no key while a dialog is open, and on the very next key once it closed', () => {
    const scope = effectScope()
    const actions = fakeActions()
    scope.run(() => useShortcuts(actions))
    const dialog = element('dialog')
    const close = element('button')
    dialog.append(close)
    dialog.setAttribute('open', '')
    press(close, { key: 'r', code: 'KeyR' })
    press(document.body, { key: 's', code: 'KeyS' }) // focus may fall back to the page
    press(document.body, { key: '?', code: 'Slash', shiftKey: true })
    expect(actions.reset).not.toHaveBeenCalled()
    expect(actions.step).not.toHaveBeenCalled()
    expect(actions.help).not.toHaveBeenCalled()
    // Escape closes a dialog at once; its `close` event (what a store would follow) comes a task
    // later. A key pressed in between already acts.
    dialog.removeAttribute('open')
    press(document.body, { key: 'r', code: 'KeyR' })
    expect(actions.reset).toHaveBeenCalledTimes(1)
    scope.stop()
  })
})
