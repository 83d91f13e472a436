// The document's keys and messages: Ctrl/Cmd+O/S/Shift+S in any keyboard layout, and a refused
// file told with its name and the field that is wrong, in English and Korean.
import { describe, expect, it } from 'vitest'
import { documentShortcutFor } from '@renderer/lib/documentShortcuts'
import { documentMessageText } from '@renderer/components/document/documentMessageText'
import { createAppI18n } from '@renderer/i18n'
import type { DocumentMessage } from '@renderer/stores/documentMessages'

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init)

describe('document shortcuts', () => {
  it('maps Ctrl or Cmd with O and S by physical key, and nothing else', () => {
    expect(documentShortcutFor(press({ code: 'KeyO', key: 'ㅐ', ctrlKey: true }))).toBe('open')
    expect(documentShortcutFor(press({ code: 'KeyS', key: 's', metaKey: true }))).toBe('save')
    expect(
      documentShortcutFor(press({ code: 'KeyS', key: 'S', ctrlKey: true, shiftKey: true }))
    ).toBe('saveAs')
    expect(documentShortcutFor(press({ code: 'KeyS', key: 's' }))).toBeNull()
    expect(documentShortcutFor(press({ code: 'KeyS', ctrlKey: true, altKey: true }))).toBeNull()
    expect(documentShortcutFor(press({ code: 'KeyO', ctrlKey: true, shiftKey: true }))).toBeNull()
  })
})

describe('document messages', () => {
  const refused: DocumentMessage = {
    kind: 'problem',
    action: 'open',
    problem: {
      kind: 'session',
      fileName: 'week3.logitlab',
      error: { code: 'tooMany', what: 'rows', field: 'data.rows', limit: 100, actual: 200 }
    }
  }

  it('names the file and the field, in English and Korean', () => {
    const en = createAppI18n('en').global.t
    const ko = createAppI18n('ko').global.t
    expect(documentMessageText(en, refused)).toBe(
      'Could not open week3.logitlab: the field data.rows holds 200 rows; at most 100 are allowed. Nothing open was changed.'
    )
    expect(documentMessageText(ko, refused)).toBe(
      'week3.logitlab을(를) 열지 못했습니다: data.rows 필드의 행 수가 200개인데 최대 100개까지입니다. 열려 있던 작업은 바뀌지 않았습니다.'
    )
  })

  it('says why a file could not be saved, in English and Korean', () => {
    const en = createAppI18n('en').global.t
    const message: DocumentMessage = {
      kind: 'problem',
      action: 'save',
      problem: { kind: 'file', fileName: 'lab.logitlab', reason: 'diskFull' }
    }
    expect(documentMessageText(en, message)).toBe(
      'Could not save lab.logitlab: there is no space left. Your work is still open and unsaved.'
    )
    expect(documentMessageText(createAppI18n('ko').global.t, message)).toBe(
      'lab.logitlab을(를) 저장하지 못했습니다: 저장 공간이 부족합니다. 작업은 저장되지 않은 채 그대로 열려 있습니다.'
    )
  })
})
