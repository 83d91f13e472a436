import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useUiStore } from '@renderer/stores/ui'
import { useDatasetStore } from '@renderer/stores/dataset'
import { detectLocale } from '@renderer/i18n'
import { settle, setupStores } from '../support/harness'

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ui store', () => {
  it('follows the OS language the first time: Korean for ko-*, else English', () => {
    const language = vi.spyOn(navigator, 'language', 'get')
    language.mockReturnValue('ko-KR')
    expect(detectLocale()).toBe('ko')
    language.mockReturnValue('en-US')
    expect(detectLocale()).toBe('en')
    language.mockReturnValue('de-DE')
    expect(detectLocale()).toBe('en')
  })

  it('remembers the chosen language over the OS language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    setupStores()
    useUiStore().setLocale('ko')
    expect(detectLocale()).toBe('ko')
    setupStores()
    expect(useUiStore().locale).toBe('ko')
  })

  it('tells the desktop shell its language and theme at start and on every switch', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    const { api } = setupStores()
    const ui = useUiStore()
    ui.setLocale('ko')
    await settle()
    ui.setTheme('dark') // the header's theme switch reaches the menu too
    await settle()
    api.emitMenu({ kind: 'setTheme', theme: 'light' })
    await settle()
    expect(api.callsTo('setPreferences')).toEqual([
      [{ locale: 'en', theme: 'system', presenting: false }],
      [{ locale: 'ko', theme: 'system', presenting: false }],
      [{ locale: 'ko', theme: 'dark', presenting: false }],
      [{ locale: 'ko', theme: 'light', presenting: false }]
    ])
  })

  it('starts each window at the desk, not presenting, and answers View > Presentation', () => {
    const { api } = setupStores()
    const ui = useUiStore()
    expect(ui.presenting).toBe(false)
    api.emitMenu({ kind: 'setPresenting', on: true })
    expect(ui.presenting).toBe(true)
    // The menu says which way: a repeat (F5 and the menu together) does not undo it.
    api.emitMenu({ kind: 'setPresenting', on: true })
    expect(ui.presenting).toBe(true)
    ui.togglePresenting()
    expect(ui.presenting).toBe(false)
    setupStores()
    expect(useUiStore().presenting).toBe(false)
  })

  it('remembers the theme, following the OS by default', () => {
    setupStores()
    expect(useUiStore().theme).toBe('system')
    useUiStore().setTheme('dark')
    setupStores()
    expect(useUiStore().theme).toBe('dark')
  })

  it('obeys the desktop menu: language, theme, shortcuts, CSV import and export', () => {
    const { api } = setupStores()
    const ui = useUiStore()
    const data = useDatasetStore()
    const exportCsv = vi.spyOn(data, 'exportCsv').mockImplementation(() => undefined)
    api.emitMenu({ kind: 'setLocale', locale: 'ko' })
    api.emitMenu({ kind: 'setTheme', theme: 'light' })
    api.emitMenu({ kind: 'showShortcuts' })
    expect(ui.locale).toBe('ko')
    expect(ui.theme).toBe('light')
    expect(ui.helpOpen).toBe(true)
    const before = data.importRequests
    api.emitMenu({ kind: 'importCsv' })
    expect(data.importRequests).toBe(before + 1)
    api.emitMenu({ kind: 'exportCsv' })
    expect(exportCsv).toHaveBeenCalledTimes(1)
  })
})
