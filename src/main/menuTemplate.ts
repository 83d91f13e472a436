// The application menu as data, in the user's language: File (./fileMenu.ts), View (language,
// theme, and the developer items in development only) and Help. Clicks become actions; nothing
// here sends IPC.
import type { MenuItemConstructorOptions } from 'electron'
import type { Locale, MenuCommand, ShellPreferences, Theme } from '@shared/contract'
import { LOCALE_NAMES, LOCALES, THEMES } from '@shared/preferences'
import { fileMenu } from './fileMenu'
import { menuText, themeNames } from './menuText'

export interface MenuState extends ShellPreferences {
  /** Open Recent's files, most recent first. */
  recent: string[]
}

export interface MenuActions {
  send(command: MenuCommand): void
  openRecent(path: string): void
  clearRecent(): void
  chooseLocale(locale: Locale): void
  chooseTheme(theme: Theme): void
  openCoursePage(): void
  openProjectPage(): void
}

export interface MenuPlatform {
  isDev: boolean
  isMac: boolean
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

function developerItems(reload: string, devTools: string): MenuItemConstructorOptions[] {
  return [separator, { label: reload, role: 'reload' }, { label: devTools, role: 'toggleDevTools' }]
}

export function buildMenuTemplate(
  state: MenuState,
  actions: MenuActions,
  platform: MenuPlatform
): MenuItemConstructorOptions[] {
  const t = menuText[state.locale]
  const file = fileMenu(t, state.recent, actions, platform.isMac)
  const view: MenuItemConstructorOptions[] = [
    {
      label: t.language,
      submenu: LOCALES.map((locale) => ({
        label: LOCALE_NAMES[locale],
        type: 'radio' as const,
        checked: state.locale === locale,
        click: () => actions.chooseLocale(locale)
      }))
    },
    {
      label: t.theme,
      submenu: THEMES.map((theme) => ({
        label: themeNames(t)[theme],
        type: 'radio' as const,
        checked: state.theme === theme,
        click: () => actions.chooseTheme(theme)
      }))
    },
    {
      label: t.presentation,
      type: 'checkbox',
      checked: state.presenting,
      // Shown, not registered: the page's own F5 (useShortcuts) switches it, so it works the
      // same in the web edition and never twice here.
      accelerator: 'F5',
      registerAccelerator: false,
      click: () => actions.send({ kind: 'setPresenting', on: !state.presenting })
    },
    ...(platform.isDev ? developerItems(t.reload, t.devTools) : [])
  ]
  const help: MenuItemConstructorOptions[] = [
    { label: t.shortcuts, click: () => actions.send({ kind: 'showShortcuts' }) },
    separator,
    { label: t.coursePage, click: () => actions.openCoursePage() },
    { label: t.projectPage, click: () => actions.openProjectPage() }
  ]
  return [
    ...(platform.isMac ? [{ role: 'appMenu' as const }] : []),
    { label: t.file, submenu: file },
    // macOS needs the Edit menu for copy and paste shortcuts in text fields.
    ...(platform.isMac ? [{ label: t.edit, role: 'editMenu' as const }] : []),
    { label: t.view, submenu: view },
    { label: t.help, role: 'help', submenu: help }
  ]
}
