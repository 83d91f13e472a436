// The window as a whole, with the other helpers' panels stubbed: shortcuts, the help overlay,
// the language and theme switches.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@renderer/App.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

beforeEach(() => localStorage.clear())
const frames = handDrivenFrames()
cleanUpAfterEach()

function mountApp(locale: 'en' | 'ko' = 'en') {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale === 'ko' ? 'ko-KR' : 'en-US')
  return mountLab(App, {
    locale,
    global: { stubs: { DataPanel: true, ChartsPanel: true, PredictionPanel: true } }
  })
}

function key(init: KeyboardEventInit, target: EventTarget = document.body): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
}

describe('the window', () => {
  it('Space trains, pauses and resumes; S steps; R resets', async () => {
    const { api } = mountApp()
    key({ key: ' ', code: 'Space' })
    await settle()
    expect(api.trainRequests).toHaveLength(1)
    api.emitFrame(makeFrame('run-1', 0, [0, 1]))
    frames.run()
    key({ key: ' ', code: 'Space' })
    await settle()
    expect(api.callsTo('pause')).toEqual([['run-1']])
    api.emitFrame(makeFrame('run-1', 1, [2], { state: 'paused' }))
    frames.run()
    key({ key: 's', code: 'KeyS' })
    await settle()
    expect(api.callsTo('step')).toEqual([['run-1', 1]])
    key({ key: ' ', code: 'Space' })
    await settle()
    expect(api.callsTo('resume')).toEqual([['run-1']])
    key({ key: 'r', code: 'KeyR' })
    await settle()
    expect(api.callsTo('stop')).toEqual([['run-1']])
    expect(useTrainingStore().status).toBe('idle')
  })

  it('ignores the shortcuts while the user types in a setting', async () => {
    const { wrapper, api } = mountApp()
    const epochs = wrapper.get('#setting-epochs').element
    key({ key: ' ', code: 'Space' }, epochs)
    key({ key: 's', code: 'KeyS' }, epochs)
    await settle()
    // The shell hears of the language and the document's state on mount; nothing else is asked.
    const quiet = new Set(['setPreferences', 'setDocumentState'])
    expect(api.calls.filter((call) => !quiet.has(call.method))).toEqual([])
  })

  it('? opens the list of shortcuts; Close closes it; keys do nothing behind it', async () => {
    const { wrapper, api } = mountApp()
    const dialog = wrapper.get<HTMLDialogElement>('dialog.help-overlay')
    expect(dialog.element.open).toBe(false)
    key({ key: '?', code: 'Slash', shiftKey: true })
    await wrapper.vm.$nextTick()
    expect(dialog.element.open).toBe(true)
    expect(dialog.text()).toContain('Keyboard shortcuts')
    expect(dialog.findAll('kbd').map((k) => k.text())).toEqual([
      'Space',
      'S',
      'R',
      '?',
      'F5',
      'Esc'
    ])
    key({ key: ' ', code: 'Space' })
    await settle()
    expect(api.trainRequests).toHaveLength(0)
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Close')
      ?.trigger('click')
    expect(dialog.element.open).toBe(false)
  })

  it('switches to Korean from the header, and the whole frame follows', async () => {
    const { wrapper, api } = mountApp()
    expect(wrapper.text()).toContain('Train')
    const korean = wrapper.findAll('button').find((b) => b.text() === '한국어')
    expect(korean?.attributes('aria-pressed')).toBe('false')
    expect(korean?.attributes('lang')).toBe('ko')
    await korean?.trigger('click')
    await settle()
    expect(document.documentElement.lang).toBe('ko')
    expect(korean?.attributes('aria-pressed')).toBe('true')
    const buttons = wrapper.findAll('button').map((b) => b.text())
    expect(buttons).toContain('학습')
    expect(buttons).toContain('가중치 초기화')
    expect(wrapper.get('#settings-title').text()).toBe('설정')
    expect(wrapper.get('#log-title').text()).toBe('로그')
    expect(api.callsTo('setPreferences').at(-1)).toEqual([
      { locale: 'ko', theme: 'system', presenting: false }
    ])
    expect(localStorage.getItem('logit-lab.locale')).toBe('ko')
  })

  it('follows the OS theme, and the header switches it', async () => {
    const { wrapper } = mountApp()
    expect(['light', 'dark']).toContain(document.documentElement.dataset['theme'])
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Dark')
      ?.trigger('click')
    expect(document.documentElement.dataset['theme']).toBe('dark')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Light')
      ?.trigger('click')
    expect(document.documentElement.dataset['theme']).toBe('light')
  })

  it('F5 presents, Escape leaves, and the header button, the keys and the menu agree', async () => {
    const { wrapper, api } = mountApp()
    const app = wrapper.get('.app')
    const presentButton = () => wrapper.get('.presentation-button')
    expect(presentButton().text()).toContain('Present')
    key({ key: 'F5', code: 'F5' })
    await settle()
    expect(app.classes()).toContain('app-presenting')
    expect(document.documentElement.classList.contains('presenting')).toBe(true)
    expect(presentButton().text()).toContain('Leave presentation')
    expect(wrapper.get('.presentation-status').text()).toBe(
      'Presentation mode. Press Esc to leave.'
    )
    // The desktop menu's tick hears of it.
    expect(api.callsTo('setPreferences').at(-1)).toEqual([
      { locale: 'en', theme: 'system', presenting: true }
    ])
    // Step and Space still work while presenting.
    key({ key: ' ', code: 'Space' })
    await settle()
    expect(api.trainRequests).toHaveLength(1)
    key({ key: 'Escape', code: 'Escape' })
    await settle()
    expect(app.classes()).not.toContain('app-presenting')
    expect(document.documentElement.classList.contains('presenting')).toBe(false)
    await presentButton().trigger('click')
    expect(app.classes()).toContain('app-presenting')
    // View > Presentation, unticked: leave.
    api.emitMenu({ kind: 'setPresenting', on: false })
    await settle()
    expect(app.classes()).not.toContain('app-presenting')
    expect(api.callsTo('setPreferences').at(-1)).toEqual([
      { locale: 'en', theme: 'system', presenting: false }
    ])
  })

  it('shows the pointer highlight only while presenting, never in the way of a click', async () => {
    const { wrapper } = mountApp()
    expect(wrapper.find('.cursor-highlight').exists()).toBe(false)
    key({ key: 'F5', code: 'F5' })
    await settle()
    const spot = wrapper.get('.cursor-highlight')
    expect(spot.attributes('aria-hidden')).toBe('true')
    expect(spot.classes()).not.toContain('shown')
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 40, clientY: 50 }))
    await settle()
    expect(spot.classes()).toContain('shown')
    frames.run() // it moves on the next animation frame
    expect(spot.element.getAttribute('style')).toContain('translate(40px, 50px)')
    key({ key: 'Escape', code: 'Escape' })
    await settle()
    expect(wrapper.find('.cursor-highlight').exists()).toBe(false)
  })

  it('Print / Save as PDF asks the platform for the report and says where it went', async () => {
    const { wrapper, api } = mountApp()
    const print = wrapper.findAll('button').find((b) => b.text() === 'Print / Save as PDF')
    await print?.trigger('click')
    await settle()
    expect(api.callsTo('printReport')).toEqual([[{ suggestedName: 'logit-lab-report.pdf' }]])
    // The report is in the page, for the print stylesheet, with the run's settings.
    expect(wrapper.get('.report').text()).toContain('Logit Lab run report')
    expect(wrapper.get('.report').text()).toContain('SGD (lr 1, momentum 0)')
  })

  it('opens in Korean on a Korean system', () => {
    const { wrapper } = mountApp('ko')
    expect(wrapper.get('h1').text()).toBe('Logit Lab')
    expect(wrapper.text()).toContain('직접 만져 보는 로지스틱 회귀')
  })
})
