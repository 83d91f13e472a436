// The application menu: built from menuTemplate in the OS language, rebuilt when the user picks a
// language or theme in it, or when the renderer reports its own (setPreferences), so the menu's
// radio items, its Presentation tick and the window's switches always agree.
import { app, Menu } from 'electron'
import type { Locale, ShellPreferences } from '@shared/contract'
import { externalLinks } from '@shared/externalLinks'
import { localeFromLanguageTag } from '@shared/preferences'
import { buildMenuTemplate, type MenuActions, type MenuState } from './menuTemplate'
import { sendMenuCommand } from './rendererEvents'
import { openAllowedExternal } from './security'

export interface MenuControl {
  /** The window's language and theme, as the renderer reports them. */
  setPreferences(preferences: ShellPreferences): void
  /** The language the menu speaks, which main's dialogs speak too. */
  locale(): Locale
}

export function setupMenu(): MenuControl {
  const state: MenuState = {
    locale: localeFromLanguageTag(app.getLocale()),
    theme: 'system',
    presenting: false
  }
  const platform = { isDev: !app.isPackaged, isMac: process.platform === 'darwin' }
  const rebuild = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions, platform)))
  }
  const open = (url: string): void => {
    openAllowedExternal(url).catch((error: unknown) => console.error(`Cannot open ${url}`, error))
  }
  const setPreferences = (next: ShellPreferences): void => {
    const keys = Object.keys(next) as (keyof ShellPreferences)[]
    if (keys.every((key) => next[key] === state[key])) return
    Object.assign(state, next)
    rebuild()
  }
  const actions: MenuActions = {
    send: sendMenuCommand,
    chooseLocale(locale: Locale) {
      setPreferences({ ...state, locale })
      sendMenuCommand({ kind: 'setLocale', locale })
    },
    chooseTheme(theme) {
      setPreferences({ ...state, theme })
      sendMenuCommand({ kind: 'setTheme', theme })
    },
    openCoursePage: () => open(externalLinks.course),
    openProjectPage: () => open(externalLinks.project)
  }
  rebuild()
  return { setPreferences, locale: () => state.locale }
}
