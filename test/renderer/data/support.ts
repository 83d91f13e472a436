// Shared by the Data panel's tests (they mount with ../support/mountLab): the app's translations
// as a function, and a grid with a height.
import { createAppI18n } from '@renderer/i18n'

/** A translate function like the components', for checking sentences in tests. */
export function translator(locale: 'en' | 'ko' = 'en') {
  const i18n = createAppI18n(locale)
  return (key: string, named: Record<string, unknown> = {}): string => i18n.global.t(key, named)
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
