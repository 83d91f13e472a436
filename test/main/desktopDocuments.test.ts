// The documents wired to Electron (mocked), with real files in a temp folder: requests through
// ipcMain (each payload checked by its schema), the OS dialogs, the window's title, Open Recent and
// the OS's recent list, the unsaved-changes question on close and quit, and files handed in from
// outside (a second launch, macOS's open-file).
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels } from '@shared/channels'
import type { WireDocumentEvent } from '@shared/bridge'
import { packSession } from '@shared/session/packedTexts'
import { setupDocuments, type DesktopDocuments } from '../../src/main/documentsSetup'
import { collectExternalOpens } from '../../src/main/externalOpens'
import { setupIpc } from '../../src/main/ipc'
import { setupMenu } from '../../src/main/menu'
import { menuText } from '../../src/main/menuText'
import { trainedToySession } from '../shared/session/documents'
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeEvent,
  invokeEvent,
  ipcMain,
  Menu,
  resetElectron
} from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

type Item = { label?: string; submenu?: Item[]; click?: () => void; accelerator?: string }

let documents: DesktopDocuments
let window: FakeBrowserWindow
let home: string

beforeAll(async () => {
  resetElectron()
  home = app.getPath('documents')
  const externalOpens = collectExternalOpens(['logit-lab'], home)
  const menu = setupMenu()
  documents = await setupDocuments(menu, () => {
    throw new Error('small files stay on main: no codec worker here')
  })
  const training = { train: vi.fn(), command: vi.fn() }
  setupIpc(training, menu, documents.port)
  window = documents.openWindow() as unknown as FakeBrowserWindow
  window.webContents.loadPage()
  externalOpens.deliverTo(documents)
})

afterAll(async () => {
  // Quitting settles every backup before the app exits (and the test removes the data folder).
  app.emit('will-quit', new FakeEvent())
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
  resetElectron()
})

const invoke = (method: keyof typeof invokeChannels, payload: unknown): Promise<unknown> =>
  ipcMain.invoke(invokeChannels[method], invokeEvent(window.webContents), payload)

/** The document events sent to the page, as they cross (a restored session's texts packed). */
const events = (): WireDocumentEvent[] =>
  window.webContents.sentOn(eventChannels.onDocumentEvent) as WireDocumentEvent[]

function fileMenu(): Item[] {
  const { template } = Menu.buildFromTemplate.mock.results.at(-1)?.value as { template: Item[] }
  return template.find((item) => item.label === menuText.en.file)?.submenu ?? []
}

// One window's story, step by step (saved, edited, reopened, closed, quit): each step starts where
// the one before left the window, so the steps keep their order even under --sequence.shuffle.
describe('documents in the desktop shell', { shuffle: false }, () => {
  it('saves through the Save dialog, then shows the file in the title and Open Recent', async () => {
    const path = join(home, 'lab.logitlab')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path })
    // As the page sends it: texts packed (platform/electron.ts).
    const session = packSession(trainedToySession())
    expect(await invoke('saveSession', { session, as: false })).toEqual({
      ok: true,
      value: { fileName: 'lab.logitlab' }
    })
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        filters: [{ name: 'Logit Lab Sessions', extensions: ['logitlab'] }]
      })
    )
    expect(readFileSync(path, 'utf8')).toContain('"format": "logit-lab/session"')
    await invoke('setDocumentState', { title: '', dirty: false })
    expect(window.title).toBe('lab.logitlab — Logit Lab')
    expect(app.addRecentDocument).toHaveBeenCalledWith(path)
    const recent = fileMenu().find((item) => item.label === menuText.en.openRecent)
    expect(recent?.submenu?.[0].label).toBe('lab.logitlab')
  })

  it('marks unsaved changes in the title', async () => {
    await invoke('setDocumentState', { title: '', dirty: true })
    expect(window.title).toBe('lab.logitlab • — Logit Lab')
  })

  it('refuses a payload its schema does not describe, writing nothing', async () => {
    const broken = { ...packSession(trainedToySession()), data: { rows: -1 } }
    expect(await invoke('saveSession', { session: broken, as: false })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload' }
    })
    expect(await invoke('answerClose', { token: '../../etc', close: true })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'token' }
    })
  })

  it('offers a file picked in Open Recent to the page, which opens it by its token', async () => {
    await invoke('setPreferences', { locale: 'en', theme: 'light', presenting: false }) // the menu is built again
    const recent = fileMenu().find((item) => item.label === menuText.en.openRecent)
    recent?.submenu?.[0].click?.()
    const request = events().at(-1)
    expect(request).toMatchObject({ kind: 'openRequested', fileName: 'lab.logitlab' })
    const token = request?.kind === 'openRequested' ? request.token : ''
    // The session crosses back with its texts packed, as the page's adapter unpacks them.
    const { texts } = packSession(trainedToySession()).data
    expect(await invoke('answerOpen', { token, accept: true })).toMatchObject({
      ok: true,
      value: {
        kind: 'session',
        fileName: 'lab.logitlab',
        dirty: false,
        session: { data: { texts } }
      }
    })
  })

  it('asks the page before a window with unsaved changes closes, and closes when it agrees', async () => {
    await invoke('setDocumentState', { title: '', dirty: true })
    window.close()
    expect(window.isDestroyed()).toBe(false)
    const asked = events().at(-1)
    expect(asked).toMatchObject({ kind: 'closeRequested', reason: 'close' })
    const token = asked?.kind === 'closeRequested' ? asked.token : ''
    // Cancel: the window stays.
    expect(await invoke('answerClose', { token, close: false })).toEqual({ ok: true, value: null })
    expect(window.isDestroyed()).toBe(false)
    window.close()
    const again = events().at(-1)
    const second = again?.kind === 'closeRequested' ? again.token : ''
    await invoke('answerClose', { token: second, close: true })
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
  })

  it('asks each window with unsaved changes before quitting; one Cancel and nothing closes', async () => {
    window = documents.openWindow() as unknown as FakeBrowserWindow
    window.webContents.loadPage()
    await vi.waitFor(() => expect(window.title).toContain('Logit Lab'))
    await invoke('setDocumentState', { title: 'quiz', dirty: true })
    const quit = new FakeEvent()
    app.emit('before-quit', quit)
    expect(quit.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(events().at(-1)).toMatchObject({ reason: 'quit' }))
    const asked = events().at(-1)
    const token = asked?.kind === 'closeRequested' ? asked.token : ''
    await invoke('answerClose', { token, close: false })
    expect(app.quit).not.toHaveBeenCalled()
    app.emit('before-quit', new FakeEvent())
    await vi.waitFor(() => expect(events().at(-1)).toMatchObject({ reason: 'quit' }))
    const again = events().at(-1)
    await invoke('answerClose', {
      token: again?.kind === 'closeRequested' ? again.token : '',
      close: true
    })
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
  })

  it("hands a second launch's file to the running window, and its open-file on macOS", async () => {
    const folder = join(home, 'class')
    mkdirSync(folder, { recursive: true })
    app.emit('second-instance', new FakeEvent(), ['logit-lab', '--flag', 'week2.logitlab'], folder)
    expect(events().at(-1)).toMatchObject({ kind: 'openRequested', fileName: 'week2.logitlab' })
    const openFile = new FakeEvent()
    app.emit('open-file', openFile, join(folder, 'scores.csv'))
    expect(openFile.defaultPrevented).toBe(true)
    expect(events().at(-1)).toMatchObject({ kind: 'openRequested', fileName: 'scores.csv' })
  })
})
