import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '@shared/contract'
import { dialogText } from '../../src/main/dialogText'
import { setupPageRecovery } from '../../src/main/pageRecovery'
import { createMainWindow } from '../../src/main/window'
import {
  app,
  dialog,
  FakeEvent,
  FakeWebContents,
  resetElectron,
  type FakeBrowserWindow
} from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

const APP_URL = 'app://logit-lab/index.html'

let locale: Locale
let window: FakeBrowserWindow

beforeEach(() => {
  resetElectron()
  vi.spyOn(console, 'error').mockImplementation(() => undefined) // each path logs what happened
  locale = 'en'
  setupPageRecovery(() => locale)
  window = createMainWindow() as unknown as FakeBrowserWindow
})
afterEach(() => {
  resetElectron()
  vi.restoreAllMocks()
})

/** Chromium failing to load the window's page (net::ERR_NAME_NOT_RESOLVED by default). */
function failLoad(code = -105, isMainFrame = true, contents = window.webContents): void {
  contents.emit(
    'did-fail-load',
    new FakeEvent(),
    code,
    'ERR_NAME_NOT_RESOLVED',
    APP_URL,
    isMainFrame
  )
}

function crash(reason = 'crashed', contents = window.webContents): void {
  contents.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 11 })
}

/** The one message box on screen, once main has put it there. */
async function messageBox(): Promise<(typeof dialog.open)[number]> {
  await vi.waitFor(() => expect(dialog.open).toHaveLength(1))
  return dialog.open[0]
}

/** Lets main act on an answer (it does so in a promise callback). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('a page that fails to load', () => {
  it.each([
    ['en', 'Logit Lab could not open its window.', ['Try Again', 'Quit']],
    ['ko', 'Logit Lab 창을 열지 못했습니다.', ['다시 시도', '끝내기']]
  ] as const)('asks, in %s, to try again or quit', async (language, message, buttons) => {
    locale = language
    failLoad()
    const box = await messageBox()
    expect(box.options).toMatchObject({ type: 'error', title: 'Logit Lab', message })
    expect(box.options.buttons).toEqual(buttons)
    expect(box.options.detail).toContain('ERR_NAME_NOT_RESOLVED')
    expect(box.options).toMatchObject({ defaultId: 0, cancelId: 1 })
    // The window is still hidden, so the box stands alone rather than hide with it.
    expect(box.parent).toBeNull()
  })

  it('loads the app again on Try Again', async () => {
    const load = vi.spyOn(window, 'loadURL')
    failLoad()
    ;(await messageBox()).press(0)
    await vi.waitFor(() => expect(load).toHaveBeenCalledExactlyOnceWith(APP_URL))
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('quits on Quit', async () => {
    const load = vi.spyOn(window, 'loadURL')
    failLoad()
    ;(await messageBox()).press(1)
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce())
    expect(load).not.toHaveBeenCalled()
  })

  it('asks once while asked, and again when the retry fails too', async () => {
    failLoad()
    failLoad()
    const first = await messageBox()
    await settle()
    expect(dialog.open).toHaveLength(1)
    first.press(0)
    await settle()
    failLoad()
    expect((await messageBox()).options.buttons).toEqual(['Try Again', 'Quit'])
  })

  it('says nothing of a load that was replaced (ERR_ABORTED) or of a subframe', async () => {
    failLoad(-3)
    failLoad(-105, false)
    await settle()
    expect(dialog.open).toEqual([])
  })
})

describe('a page whose renderer died', () => {
  beforeEach(() => window.show())

  it.each([
    ['en', 'This window stopped working.', ['Reload', 'Close'], 'training run was stopped'],
    ['ko', '이 창이 멈췄습니다.', ['새로 고침', '닫기'], '학습을 멈췄습니다']
  ] as const)('asks, in %s, over its window, to reload or close', async (...expected) => {
    const [language, message, buttons, stopped] = expected
    locale = language
    crash('oom')
    const box = await messageBox()
    expect(box.parent).toBe(window)
    expect(box.options).toMatchObject({ type: 'error', message, defaultId: 0, cancelId: 1 })
    expect(box.options.buttons).toEqual(buttons)
    expect(box.options.detail).toContain('oom')
    expect(box.options.detail).toContain(stopped)
  })

  it('reloads the window on Reload', async () => {
    crash()
    ;(await messageBox()).press(0)
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1))
    expect(window.isDestroyed()).toBe(false)
  })

  it('closes the window on Close', async () => {
    crash()
    ;(await messageBox()).press(1)
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
    expect(window.webContents.reloads).toBe(0)
  })

  it('does nothing to a window closed while asked', async () => {
    crash()
    const box = await messageBox()
    window.close()
    box.press(0)
    await settle()
    expect(window.webContents.reloads).toBe(0)
  })

  it('says nothing when the renderer exited cleanly, or for web contents not ours', async () => {
    crash('clean-exit')
    crash('crashed', new FakeWebContents())
    await settle()
    expect(dialog.open).toEqual([])
  })
})

describe('dialogText', () => {
  it('has the same keys in both languages, none empty, each detail naming the reason', () => {
    expect(Object.keys(dialogText.ko).sort()).toEqual(Object.keys(dialogText.en).sort())
    for (const text of [...Object.values(dialogText.ko), ...Object.values(dialogText.en)]) {
      expect(text.trim()).not.toBe('')
    }
    for (const text of [dialogText.ko, dialogText.en]) {
      expect(text.loadFailedDetail).toContain('{reason}')
      expect(text.crashedDetail).toContain('{reason}')
    }
  })
})
