// The application menu: built from menuTemplate in the OS language, rebuilt when the user picks a
// language or theme in it, or when the renderer reports its own (setPreferences), so the menu's
// radio items, its Presentation tick and the window's switches always agree; and when the recent
// files change.
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

/** What Open Recent's items do (the documents' side, set up after the menu). */
export interface RecentActions {
  openRecent(path: string): void
  clearRecent(): void
}

export interface AppMenu extends MenuControl {
  onLocaleChange(listener: (locale: Locale) => void): void
  setRecent(paths: string[], actions: RecentActions): void
}

export function setupMenu(): AppMenu {
  const state: MenuState = {
    locale: localeFromLanguageTag(app.getLocale()),
    theme: 'system',
    presenting: false,
    recent: []
  }
  const platform = { isDev: !app.isPackaged, isMac: process.platform === 'darwin' }
  let recentActions: RecentActions = { openRecent: () => undefined, clearRecent: () => undefined }
  const localeListeners: ((locale: Locale) => void)[] = []
  const rebuild = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions, platform)))
  }
  const open = (url: string): void => {
    openAllowedExternal(url).catch((error: unknown) => console.error(`Cannot open ${url}`, error))
  }
  const setPreferences = ({ locale, theme, presenting }: ShellPreferences): void => {
    if (locale === state.locale && theme === state.theme && presenting === state.presenting) return
    const newLocale = locale !== state.locale
    Object.assign(state, { locale, theme, presenting })
    rebuild()
    if (newLocale) localeListeners.forEach((listener) => listener(locale))
  }
  const actions: MenuActions = {
    send: sendMenuCommand,
    openRecent: (path) => recentActions.openRecent(path),
    clearRecent: () => recentActions.clearRecent(),
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
  return {
    setPreferences,
    locale: () => state.locale,
    onLocaleChange: (listener) => void localeListeners.push(listener),
    setRecent(paths, recent) {
      state.recent = [...paths]
      recentActions = recent
      rebuild()
    }
  }
}
