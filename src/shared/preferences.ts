// The window's language and theme, declared once for main (menus, dialogs) and the renderer:
// the lists, their order in every switch and menu, and each language's own name.

/** Korean first: the course is Korean. */
export const LOCALES = ['ko', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Each language is named in itself, so a user lost in the other language still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { ko: '한국어', en: 'English' }

/** 'system' follows the OS's light or dark setting. */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/**
 * What the desktop shell mirrors of the window: its menus speak this language, tick this theme,
 * and tick View > Presentation while the window presents (the header's button and F5 switch it
 * too, so the menu hears of every change).
 */
export interface ShellPreferences {
  locale: Locale
  theme: Theme
  presenting: boolean
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value)
}

export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value)
}

/** The language for an OS or browser language tag: Korean for ko, ko-KR, ...; else English. */
export function localeFromLanguageTag(tag: string): Locale {
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en'
}
