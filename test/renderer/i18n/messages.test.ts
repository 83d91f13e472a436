// Every user-visible string exists in both languages: this walks every namespace file of
// i18n/en and i18n/ko (the other panels' too) and compares their keys and placeholders.
import { describe, expect, it } from 'vitest'
import { createAppI18n, messages, type MessageTree } from '@renderer/i18n'

// Listed independently of the app's own glob, so a file the app failed to load still counts.
const files = {
  en: Object.keys(import.meta.glob('../../../src/renderer/src/i18n/en/*.ts')),
  ko: Object.keys(import.meta.glob('../../../src/renderer/src/i18n/ko/*.ts'))
}
const filesIn = (locale: 'en' | 'ko'): string[] =>
  files[locale].map((path) => path.slice(path.lastIndexOf('/') + 1)).sort()

/** Every leaf key as 'namespace.path.to.key' with its message. */
function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') found.set(path, value)
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text)
  }
  return found
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

const english = leaves(messages.en)
const korean = leaves(messages.ko)

describe('translations', () => {
  it('has the same namespace files in both languages', () => {
    expect(filesIn('en').length).toBeGreaterThanOrEqual(6)
    expect(filesIn('ko')).toEqual(filesIn('en'))
    expect(Object.keys(messages.ko).sort()).toEqual(Object.keys(messages.en).sort())
    expect(
      Object.keys(messages.en)
        .map((name) => `${name}.ts`)
        .sort()
    ).toEqual(filesIn('en'))
  })

  it('has every English key in Korean and every Korean key in English', () => {
    const missingInKorean = [...english.keys()].filter((key) => !korean.has(key))
    const missingInEnglish = [...korean.keys()].filter((key) => !english.has(key))
    expect(missingInKorean).toEqual([])
    expect(missingInEnglish).toEqual([])
  })

  it('has no empty message', () => {
    const empty = [...english, ...korean].filter(([, text]) => text.trim() === '')
    expect(empty).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...english]
      .filter(([key]) => korean.has(key))
      .filter(
        ([key, text]) => placeholders(text).join() !== placeholders(korean.get(key) ?? '').join()
      )
      .map(([key]) => key)
    expect(mismatched).toEqual([])
  })

  it('renders every message with its placeholders filled (no stray @, | or braces)', () => {
    const broken: string[] = []
    for (const [locale, table] of [
      ['en', english],
      ['ko', korean]
    ] as const) {
      const { t } = createAppI18n(locale).global
      for (const [key, text] of table) {
        const values = Object.fromEntries(placeholders(text).map((name) => [name, `<${name}>`]))
        const shown = t(key, values)
        if (shown === key || /[{}]/.test(shown)) broken.push(`${locale}:${key} -> ${shown}`)
        for (const name of placeholders(text)) {
          if (!shown.includes(`<${name}>`)) broken.push(`${locale}:${key} lost {${name}}`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('translates the frame into Korean, not just copies it', () => {
    expect(korean.get('controls.train')).toBe('학습')
    const same = [...english].filter(
      ([key, text]) =>
        korean.get(key) === text &&
        // Placeholders are not words: 'β₁ {beta1}, β₂ {beta2}' is notation in both languages.
        /[a-z]{4,}/.test(text.replace(/\{\w+\}/g, '')) &&
        !key.startsWith('common.appName')
    )
    // Proper names (SGD, Adam, nn.Linear) may stay; sentences may not.
    expect(same.filter(([, text]) => text.split(' ').length > 3)).toEqual([])
  })
})
