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
 * row. This gives the grid's scroller a size, as a window would, and lets it scroll as a browser
 * does: as far as its table reaches (the grid sets the table's width; its rows are 32 px under a
 * 40 px header), telling its listeners with a 'scroll' event.
 */
export function giveGridHeight(pixels = 320): void {
  const isScroller = (element: Element): boolean => element.classList.contains('scroller')
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isScroller(this) ? pixels : 0
    }
  })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return isScroller(this) ? 800 : 0
    }
  })
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return isScroller(this) ? parseFloat(this.querySelector('table')?.style.width ?? '0') : 0
    }
  })
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const rows = Number(this.querySelector('table')?.getAttribute('aria-rowcount') ?? 1) - 1
      return isScroller(this) ? 40 + rows * 32 : 0
    }
  })
  const scroll = Element.prototype.scroll
  Element.prototype.scroll = function (this: Element, ...args: Parameters<typeof scroll>) {
    scroll.apply(this, args)
    this.dispatchEvent(new Event('scroll'))
  } as typeof scroll
}
