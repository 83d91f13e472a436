import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { setupMenu } from '../../src/main/menu'
import { menuText } from '../../src/main/menuText'
import { localeFromLanguageTag } from '@shared/preferences'
import { buildMenuTemplate, type MenuActions } from '../../src/main/menuTemplate'
import { createMainWindow } from '../../src/main/window'
import { eventChannels } from '@shared/channels'
import { externalLinks } from '@shared/externalLinks'
import { menuCommandSchema } from '@shared/schemas'
import { app, Menu, resetElectron, shell, type FakeBrowserWindow } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

type Item = MenuItemConstructorOptions

/** The item reached by following labels (top level first). */
function find(template: Item[], ...labels: string[]): Item {
  let items = template
  let found: Item | undefined
  for (const label of labels) {
    found = items.find((item) => item.label === label)
    if (!found) throw new Error(`no menu item ${labels.join(' > ')}`)
    items = (found.submenu ?? []) as Item[]
  }
  return found as Item
}

function click(item: Item): void {
  ;(item.click as () => void)()
}

/** Every label in the template, depth first. */
function labels(template: Item[]): string[] {
  return template.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...labels((item.submenu ?? []) as Item[])
  ])
}

function fakeActions(): { [K in keyof MenuActions]: Mock<MenuActions[K]> } {
  return {
    send: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    chooseLocale: vi.fn(),
    chooseTheme: vi.fn(),
    openCoursePage: vi.fn(),
    openProjectPage: vi.fn()
  }
}

const release = { isDev: false, isMac: false }

describe('buildMenuTemplate', () => {
  it.each(['ko', 'en'] as const)('has File, View and Help in %s', (locale) => {
    const t = menuText[locale]
    const template = buildMenuTemplate(
      { locale, theme: 'system', presenting: false, recent: [] },
      fakeActions(),
      release
    )
    expect(template.map((item) => item.label)).toEqual([t.file, t.view, t.help])
    expect(labels(find(template, t.file).submenu as Item[])).toEqual([
      t.newDocument,
      t.open,
      t.openRecent,
      t.noRecent,
      t.save,
      t.saveAs,
      t.copyShareLink,
      t.openShareLink,
      t.export,
      t.exportWeightsJson,
      t.exportWeightsCsv,
      t.exportPredictionsCsv,
      t.exportPytorch,
      t.exportSafetensors,
      t.exportOnnx,
      t.exportSklearn,
      t.importWeights,
      t.importCsv,
      t.exportCsv,
      t.quit
    ])
    expect(find(template, t.file, t.quit).role).toBe('quit')
    expect(labels(find(template, t.help).submenu as Item[])).toEqual([
      t.shortcuts,
      t.coursePage,
      t.projectPage
    ])
  })

  it('speaks Korean in Korean and English in English, with the same items', () => {
    const actions = fakeActions()
    const ko = labels(
      buildMenuTemplate(
        { locale: 'ko', theme: 'system', presenting: false, recent: [] },
        actions,
        release
      )
    )
    const en = labels(
      buildMenuTemplate(
        { locale: 'en', theme: 'system', presenting: false, recent: [] },
        actions,
        release
      )
    )
    expect(ko).toHaveLength(en.length)
    expect(ko).toContain('파일')
    expect(ko).toContain('CSV 가져오기…')
    expect(en).toContain('Import CSV…')
    // The language names stay in their own language.
    expect(ko.filter((label) => en.includes(label))).toEqual(['한국어', 'English'])
  })

  it('has the same keys in both language tables, none empty', () => {
    expect(Object.keys(menuText.ko).sort()).toEqual(Object.keys(menuText.en).sort())
    for (const text of [...Object.values(menuText.ko), ...Object.values(menuText.en)]) {
      expect(text.trim()).not.toBe('')
    }
  })

  it('turns clicks into the right commands and actions', () => {
    const actions = fakeActions()
    const t = menuText.en
    const template = buildMenuTemplate(
      { locale: 'en', theme: 'dark', presenting: false, recent: [] },
      actions,
      release
    )
    click(find(template, t.file, t.importCsv))
    click(find(template, t.file, t.exportCsv))
    click(find(template, t.help, t.shortcuts))
    expect(actions.send.mock.calls).toEqual([
      [{ kind: 'importCsv' }],
      [{ kind: 'exportCsv' }],
      [{ kind: 'showShortcuts' }]
    ])
    click(find(template, t.view, t.language, '한국어'))
    expect(actions.chooseLocale).toHaveBeenCalledWith('ko')
    click(find(template, t.view, t.theme, t.themeLight))
    expect(actions.chooseTheme).toHaveBeenCalledWith('light')
    click(find(template, t.help, t.coursePage))
    click(find(template, t.help, t.projectPage))
    expect(actions.openCoursePage).toHaveBeenCalledOnce()
    expect(actions.openProjectPage).toHaveBeenCalledOnce()
  })

  it('gives the document commands their usual shortcuts, and lists recent files by name', () => {
    const actions = fakeActions()
    const t = menuText.en
    const recent = ['/home/t/a/lab.logitlab', '/home/t/b/lab.logitlab', '/home/t/Q&A.logitlab']
    const template = buildMenuTemplate(
      { locale: 'en', theme: 'system', presenting: false, recent },
      actions,
      release
    )
    const shortcut = (label: string): unknown => find(template, t.file, label).accelerator
    expect([t.newDocument, t.open, t.save, t.saveAs].map(shortcut)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+S',
      'CmdOrCtrl+Shift+S'
    ])
    click(find(template, t.file, t.save))
    click(find(template, t.file, t.saveAs))
    click(find(template, t.file, t.open))
    expect(actions.send.mock.calls.map(([command]) => command)).toEqual([
      { kind: 'saveDocument', as: false },
      { kind: 'saveDocument', as: true },
      { kind: 'openDocument' }
    ])
    const items = find(template, t.file, t.openRecent).submenu as Item[]
    // Two files of one name are told apart by their folders; '&' is not a mnemonic.
    expect(labels(items)).toEqual([
      'lab.logitlab — a',
      'lab.logitlab — b',
      'Q&&A.logitlab',
      t.clearRecent
    ])
    click(items[1])
    click(find(template, t.file, t.openRecent, t.clearRecent))
    expect(actions.openRecent).toHaveBeenCalledWith('/home/t/b/lab.logitlab')
    expect(actions.clearRecent).toHaveBeenCalledOnce()
  })

  it('sends the share link commands to the page, which makes and reads the links', () => {
    const actions = fakeActions()
    const t = menuText.ko
    const template = buildMenuTemplate(
      { locale: 'ko', theme: 'system', presenting: false, recent: [] },
      actions,
      release
    )
    click(find(template, t.file, '공유 링크 복사'))
    click(find(template, t.file, '공유 링크 열기…'))
    const sent = actions.send.mock.calls.map(([command]) => command)
    expect(sent).toEqual([{ kind: 'copyShareLink' }, { kind: 'openShareLink' }])
    for (const command of sent) expect(menuCommandSchema.safeParse(command).success).toBe(true)
  })

  it('checks the current language and theme', () => {
    const t = menuText.en
    const template = buildMenuTemplate(
      { locale: 'en', theme: 'dark', presenting: false, recent: [] },
      fakeActions(),
      release
    )
    expect(find(template, t.view, t.language, 'English').checked).toBe(true)
    expect(find(template, t.view, t.language, '한국어').checked).toBe(false)
    expect(find(template, t.view, t.theme, t.themeDark).checked).toBe(true)
    expect(find(template, t.view, t.theme, t.themeSystem).checked).toBe(false)
  })

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean): unknown[] => {
      const template = buildMenuTemplate(
        { locale: 'en', theme: 'system', presenting: false, recent: [] },
        fakeActions(),
        {
          isDev,
          isMac: false
        }
      )
      return ((find(template, menuText.en.view).submenu ?? []) as Item[]).map((item) => item.role)
    }
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toContain('reload')
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('on macOS has the app menu and an Edit menu, with Quit in the app menu', () => {
    const t = menuText.en
    const template = buildMenuTemplate(
      { locale: 'en', theme: 'system', presenting: false, recent: [] },
      fakeActions(),
      {
        isDev: false,
        isMac: true
      }
    )
    expect(template[0].role).toBe('appMenu')
    expect(find(template, t.edit).role).toBe('editMenu')
    expect(labels(find(template, t.file).submenu as Item[])).not.toContain(t.quit)
  })
})

describe('localeFromLanguageTag', () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en']
  ] as const)('maps %j to %s', (system, locale) => {
    expect(localeFromLanguageTag(system)).toBe(locale)
  })
})

describe('setupMenu', () => {
  let window: FakeBrowserWindow

  beforeEach(() => {
    resetElectron()
    window = createMainWindow() as unknown as FakeBrowserWindow
  })
  afterEach(() => resetElectron())

  const current = (): Item[] => {
    const built = Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: Item[] }
    return built.template
  }
  const menuCommands = (): unknown[] =>
    window.webContents.sent
      .filter(({ channel }) => channel === eventChannels.onMenuCommand)
      .map(({ payload }) => payload)

  it('follows the OS language until the renderer says otherwise', () => {
    app.locale = 'ko-KR'
    const menu = setupMenu()
    expect(current()[0].label).toBe(menuText.ko.file)
    menu.setPreferences({ locale: 'en', theme: 'system', presenting: false })
    expect(current()[0].label).toBe(menuText.en.file)
  })

  it('ticks the theme the window reports, wherever the user picked it', () => {
    const menu = setupMenu()
    const t = menuText.en
    app.locale = 'en-US'
    menu.setPreferences({ locale: 'en', theme: 'dark', presenting: false })
    expect(find(current(), t.view, t.theme, t.themeDark).checked).toBe(true)
    expect(find(current(), t.view, t.theme, t.themeSystem).checked).toBe(false)
    menu.setPreferences({ locale: 'en', theme: 'light', presenting: false })
    expect(find(current(), t.view, t.theme, t.themeLight).checked).toBe(true)
    // nothing is sent back: the window already knows
    expect(menuCommands()).toEqual([])
  })

  it("reports the language it speaks, for main's dialogs", () => {
    app.locale = 'ko-KR'
    const menu = setupMenu()
    expect(menu.locale()).toBe('ko')
    menu.setPreferences({ locale: 'en', theme: 'system', presenting: false })
    expect(menu.locale()).toBe('en')
    click(find(current(), menuText.en.view, menuText.en.language, '한국어'))
    expect(menu.locale()).toBe('ko')
  })

  it('switches language from the menu and tells the renderer', () => {
    setupMenu()
    click(find(current(), menuText.en.view, menuText.en.language, '한국어'))
    expect(current()[0].label).toBe(menuText.ko.file)
    expect(menuCommands()).toEqual([{ kind: 'setLocale', locale: 'ko' }])
  })

  it('sends theme and file commands to the window, each a valid menu command', () => {
    setupMenu()
    const t = menuText.en
    click(find(current(), t.view, t.theme, t.themeDark))
    expect(find(current(), t.view, t.theme, t.themeDark).checked).toBe(true)
    click(find(current(), t.file, t.importCsv))
    click(find(current(), t.help, t.shortcuts))
    const sent = menuCommands()
    expect(sent).toEqual([
      { kind: 'setTheme', theme: 'dark' },
      { kind: 'importCsv' },
      { kind: 'showShortcuts' }
    ])
    for (const command of sent) expect(menuCommandSchema.safeParse(command).success).toBe(true)
  })

  it('View > Presentation asks the window to present or leave, and ticks what it reports', () => {
    const menu = setupMenu()
    const t = menuText.en
    const item = (): Item => find(current(), t.view, t.presentation)
    expect(item()).toMatchObject({ type: 'checkbox', checked: false, accelerator: 'F5' })
    // F5 is the page's own shortcut; registered here too it would reach the window twice.
    expect(item().registerAccelerator).toBe(false)
    click(item())
    // The tick follows the window, which may refuse (a dialog open) or already be presenting.
    expect(item().checked).toBe(false)
    menu.setPreferences({ locale: 'en', theme: 'system', presenting: true })
    expect(item().checked).toBe(true)
    click(item())
    const sent = menuCommands()
    expect(sent).toEqual([
      { kind: 'setPresenting', on: true },
      { kind: 'setPresenting', on: false }
    ])
    for (const command of sent) expect(menuCommandSchema.safeParse(command).success).toBe(true)
  })

  it('opens the course and project pages in the browser', async () => {
    setupMenu()
    click(find(current(), menuText.en.help, menuText.en.coursePage))
    click(find(current(), menuText.en.help, menuText.en.projectPage))
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledTimes(2))
    expect(shell.openExternal.mock.calls).toEqual([[externalLinks.course], [externalLinks.project]])
  })
})
