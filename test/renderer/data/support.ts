// Shared by the Data panel's tests: a vue-i18n instance with the panel's own messages, and a
// mount helper that gives every test a fresh Pinia.
import { createI18n } from 'vue-i18n'
import { createPinia, setActivePinia } from 'pinia'
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import type { Component } from 'vue'
import en from '../../../src/renderer/src/i18n/en/data'
import ko from '../../../src/renderer/src/i18n/ko/data'

export function createDataI18n(locale: 'en' | 'ko' = 'en') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    missingWarn: false,
    fallbackWarn: false,
    messages: { en: { data: en }, ko: { data: ko } }
  })
}

/** A translate function like the components', for checking sentences in tests. */
export function translator(locale: 'en' | 'ko' = 'en') {
  const i18n = createDataI18n(locale)
  return (key: string, named: Record<string, unknown> = {}): string => i18n.global.t(key, named)
}

export function mountWithData<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  locale: 'en' | 'ko' = 'en'
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: { plugins: [pinia, createDataI18n(locale)] }
  } as ComponentMountingOptions<C>)
}

/**
 * happy-dom does no layout, so every element is 0 px tall and the virtualiser would render no
 * row. This gives the grid's scroller a height, as a window would.
 */
export function giveGridHeight(pixels = 320): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('scroller') ? pixels : 0
    }
  })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('scroller') ? 800 : 0
    }
  })
}
