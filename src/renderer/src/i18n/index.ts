// The vue-i18n instance: every file under ./en and ./ko is one namespace named after the file, so
// `t('settings.lr.label')` reads the `lr.label` key of settings.ts. vue-i18n compiles messages
// without eval (its JIT compiler builds an AST), so it runs under our CSP without 'unsafe-eval'.
import { createI18n, type I18n } from 'vue-i18n'
import type { Locale } from '@shared/contract'
import { isLocale, localeFromLanguageTag } from '@shared/preferences'
import { readRemembered, remember } from './remembered'

export type MessageTree = { [key: string]: string | MessageTree }
type NamespaceModules = Record<string, { default: MessageTree }>

/** './en/settings.ts' -> { settings: ... } */
export function mergeNamespaces(modules: NamespaceModules): Record<string, MessageTree> {
  const merged: Record<string, MessageTree> = {}
  for (const [path, module] of Object.entries(modules)) {
    const namespace = path.slice(path.lastIndexOf('/') + 1).replace(/\.ts$/, '')
    merged[namespace] = module.default
  }
  return merged
}

export const messages: Record<Locale, Record<string, MessageTree>> = {
  en: mergeNamespaces(import.meta.glob<{ default: MessageTree }>('./en/*.ts', { eager: true })),
  ko: mergeNamespaces(import.meta.glob<{ default: MessageTree }>('./ko/*.ts', { eager: true }))
}

// The same number formats in both languages: a classroom compares screens side by side.
const sharedNumberFormats = {
  integer: { maximumFractionDigits: 0, useGrouping: true },
  decimal: { minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: true },
  percent: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }
} as const
const numberFormats = { en: sharedNumberFormats, ko: sharedNumberFormats }

const LOCALE_KEY = 'logit-lab.locale'

/** The remembered choice, else the OS/browser language: Korean for ko-*, English otherwise. */
export function detectLocale(): Locale {
  const saved = readRemembered(LOCALE_KEY)
  if (isLocale(saved)) return saved
  return localeFromLanguageTag(typeof navigator === 'undefined' ? '' : navigator.language)
}

export function rememberLocale(locale: Locale): void {
  remember(LOCALE_KEY, locale)
}

export type AppI18n = I18n<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  Locale,
  false
>

export function createAppI18n(locale: Locale = detectLocale()): AppI18n {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    numberFormats,
    // A missing key is a bug the i18n test catches; no console noise in production.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: import.meta.env.DEV
  }) as AppI18n
}
