// The application menu: built from menuTemplate in the OS language, rebuilt when the user picks a
// language or theme in it, or when the renderer reports its language (setLocale).
import { app, Menu } from 'electron'
import type { Locale } from '../shared/contract'
import { externalLinks } from '../shared/externalLinks'
import { localeFromSystem } from './menuText'
import { buildMenuTemplate, type MenuActions, type MenuState } from './menuTemplate'
import { sendMenuCommand } from './rendererEvents'
import { openAllowedExternal } from './security'

export interface MenuControl {
  setLocale(locale: Locale): void
}

/** `locale`: the language the menu speaks, which main's dialogs speak too. */
export function setupMenu(): MenuControl & { locale(): Locale } {
  const state: MenuState = { locale: localeFromSystem(app.getLocale()), theme: 'system' }
  const platform = { isDev: !app.isPackaged, isMac: process.platform === 'darwin' }
  const rebuild = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions, platform)))
  }
  const open = (url: string): void => {
    openAllowedExternal(url).catch((error: unknown) => console.error(`Cannot open ${url}`, error))
  }
  const setLocale = (locale: Locale): void => {
    if (locale === state.locale) return
    state.locale = locale
    rebuild()
  }
  const actions: MenuActions = {
    send: sendMenuCommand,
    chooseLocale(locale) {
      setLocale(locale)
      sendMenuCommand({ kind: 'setLocale', locale })
    },
    chooseTheme(theme) {
      state.theme = theme
      rebuild()
      sendMenuCommand({ kind: 'setTheme', theme })
    },
    openCoursePage: () => open(externalLinks.course),
    openProjectPage: () => open(externalLinks.project)
  }
  rebuild()
  return { setLocale, locale: () => state.locale }
}
