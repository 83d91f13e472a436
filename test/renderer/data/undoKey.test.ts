import { describe, expect, it } from 'vitest'
import { undoKeyOf } from '@renderer/components/data/undoKey'

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init)

describe('undoKeyOf', () => {
  it('reads Ctrl/Cmd+Z as undo and Ctrl/Cmd+Shift+Z or Ctrl+Y as redo', () => {
    expect(undoKeyOf(press({ key: 'z', code: 'KeyZ', ctrlKey: true }))).toBe('undo')
    expect(undoKeyOf(press({ key: 'z', code: 'KeyZ', metaKey: true }))).toBe('undo')
    expect(undoKeyOf(press({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(undoKeyOf(press({ key: 'y', code: 'KeyY', ctrlKey: true }))).toBe('redo')
  })

  it('works with a Korean layout, where the key types a Hangul letter', () => {
    expect(undoKeyOf(press({ key: 'ㅋ', code: 'KeyZ', ctrlKey: true }))).toBe('undo')
    expect(undoKeyOf(press({ key: 'ㅛ', code: 'KeyY', ctrlKey: true }))).toBe('redo')
  })

  it('leaves other keys alone', () => {
    expect(undoKeyOf(press({ key: 'z', code: 'KeyZ' }))).toBeNull()
    expect(undoKeyOf(press({ key: 'z', code: 'KeyZ', ctrlKey: true, altKey: true }))).toBeNull()
    expect(undoKeyOf(press({ key: 'x', code: 'KeyX', ctrlKey: true }))).toBeNull()
  })
})
