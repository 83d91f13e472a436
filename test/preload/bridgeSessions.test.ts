// A whole session across the desktop bridge, end to end with `electron` mocked. Saved or backed
// up: the page's adapter (platform/electron.ts) packs it, contextBridge and IPC copy it
// (structured clones, as Electron's copies are), main's schema checks and unpacks it, and the
// handler gets the session the page had. Opened or restored: main packs it, the adapter unpacks
// it, and the page gets the session main had. What crossed holds each column's texts packed,
// never [row, text] pairs.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { labConfig, toyDataset } from '@core'
import type { ElectronBridge } from '@shared/bridge'
import { eventChannels, invokeChannels } from '@shared/channels'
import type { ApiResult, DocumentEvent, LabApi, OpenedDocument, Session } from '@shared/contract'
import { createElectronLabApi } from '@renderer/platform/electron'
import { registerIpcHandlers } from '../../src/main/ipc'
import { sendDocumentEvent } from '../../src/main/rendererEvents'
import { createRequestHandlers } from '../../src/main/requestHandlers'
import { createMainWindow } from '../../src/main/window'
import { stubDocuments } from '../main/support/documentStub'
import {
  contextBridge,
  type FakeBrowserWindow,
  invokeEvent,
  ipcMain,
  ipcRenderer
} from '../main/support/electronMock'
import { trainedSession } from '../shared/session/sessionFixtures'

vi.mock('electron', () => import('../main/support/electronMock'))

type Method = (...args: unknown[]) => unknown

/**
 * contextBridge copies each argument into the preload's world and each answer back; a listener
 * it hands over as a function, whose payloads it copies.
 */
function copiedAcross(bridge: ElectronBridge): ElectronBridge {
  const copied = Object.entries(bridge).map(([name, value]) => {
    if (typeof value !== 'function') return [name, value]
    const method = value as Method
    if (name.startsWith('on')) {
      return [name, (listener: Method) => method((p: unknown) => listener(structuredClone(p)))]
    }
    return [
      name,
      async (...args: unknown[]) => structuredClone(await method(...structuredClone(args)))
    ]
  })
  return Object.fromEntries(copied) as ElectronBridge
}

const documents = stubDocuments()
const received = {
  saveSession: vi.fn(documents.saveSession),
  backupSession: vi.fn(documents.backupSession),
  openDocument: vi.fn(documents.openDocument),
  answerRecovery: vi.fn(documents.answerRecovery)
}
let api: LabApi
let window: FakeBrowserWindow

beforeAll(async () => {
  await import('../../src/preload/index')
  const [, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, ElectronBridge]
  api = createElectronLabApi(copiedAcross(bridge))
  const training = { train: vi.fn(), command: vi.fn() }
  const shell = { setMenuPreferences: vi.fn(), openAllowedLink: vi.fn(), printReport: vi.fn() }
  const handlers = createRequestHandlers(training, shell, { ...documents, ...received })
  registerIpcHandlers(handlers, () => true)
  window = createMainWindow() as unknown as FakeBrowserWindow
  ipcRenderer.invoke.mockImplementation(async (channel, payload) =>
    structuredClone(await ipcMain.invoke(channel, invokeEvent(window.webContents), payload))
  )
})

beforeEach(() => {
  ipcRenderer.invoke.mockClear()
  Object.values(received).forEach((handler) => handler.mockClear())
})

/** A trained lab keeping cell texts: labels spelled "1.0", an empty cell, Korean, an emoji. */
function sessionWithTexts(): Session {
  const trained = trainedSession(toyDataset(), labConfig, 20)
  const texts: [number, string][][] = [
    [[2, '']],
    [
      [0, '삼점오'],
      [3, '🙂']
    ],
    Array.from({ length: 6 }, (_, row): [number, string] => [row, row < 3 ? '0.0' : '1.0'])
  ]
  return { ...trained, title: '5주차', data: { ...trained.data, texts } }
}

/** The texts of the session the preload sent over IPC. */
function textsCrossed(): unknown[] {
  const [, payload] = ipcRenderer.invoke.mock.calls[0] as [string, { session: Session }]
  return payload.session.data.texts
}

/** What main answered the preload's one request, as it crossed. */
async function answerCrossed(): Promise<unknown> {
  expect(ipcRenderer.invoke).toHaveBeenCalledOnce()
  return ipcRenderer.invoke.mock.results[0].value
}

const packedTexts = {
  rows: expect.any(Float64Array),
  ends: expect.any(Float64Array),
  joined: expect.any(String)
}

describe('a session across the desktop bridge', () => {
  it('backupSession: main’s handler gets the page’s session, its texts packed on the way', async () => {
    const session = sessionWithTexts()
    const expected = structuredClone(session)
    expect(await api.backupSession(session)).toEqual({ ok: true, value: null })
    expect(ipcRenderer.invoke.mock.calls[0][0]).toBe(invokeChannels.backupSession)
    expect(textsCrossed()).toEqual([packedTexts, packedTexts, packedTexts])
    expect(received.backupSession).toHaveBeenCalledExactlyOnceWith(expect.any(Number), {
      session: expected
    })
  })

  it('saveSession: the same, with Save As passed along', async () => {
    const session = sessionWithTexts()
    const expected = structuredClone(session)
    expect(await api.saveSession(session, { as: true })).toEqual({ ok: true, value: null })
    expect(ipcRenderer.invoke.mock.calls[0][0]).toBe(invokeChannels.saveSession)
    expect(textsCrossed()[2]).toMatchObject({ joined: '0.00.00.01.01.01.0' })
    expect(received.saveSession).toHaveBeenCalledExactlyOnceWith(expect.any(Number), {
      session: expected,
      as: true
    })
  })

  it('refuses a session whose texts name a row past the table, calling no handler', async () => {
    const session = sessionWithTexts()
    session.data.texts[1].push([6, 'x'])
    const answer: ApiResult<null> = await api.backupSession(session)
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'session.data.texts[1][2][0]' }
    })
    expect(received.backupSession).not.toHaveBeenCalled()
  })
})

describe('a session main opened, across the desktop bridge', () => {
  it('openDocument: the page gets main’s session, its texts packed on the way', async () => {
    const session = sessionWithTexts()
    const opened: OpenedDocument = {
      kind: 'session',
      session,
      fileName: 'lab.logitlab',
      dirty: false
    }
    received.openDocument.mockResolvedValueOnce({ ok: true, value: opened })
    const expected = structuredClone(opened)
    expect(await api.openDocument()).toEqual({ ok: true, value: expected })
    expect(await answerCrossed()).toMatchObject({
      ok: true,
      value: { session: { data: { texts: [packedTexts, packedTexts, packedTexts] } } }
    })
  })

  it('answerRecovery: the same for recovered work', async () => {
    const session = sessionWithTexts()
    const opened: OpenedDocument = { kind: 'session', session, fileName: null, dirty: true }
    received.answerRecovery.mockResolvedValueOnce({ ok: true, value: opened })
    const expected = structuredClone(opened)
    expect(await api.answerRecovery(true)).toEqual({ ok: true, value: expected })
    expect(await answerCrossed()).toMatchObject({
      value: {
        session: { title: '5주차', data: { texts: [packedTexts, packedTexts, packedTexts] } }
      }
    })
  })

  it('passes a CSV, a cancel and a refusal as they are', async () => {
    const csv: OpenedDocument = { kind: 'csv', fileName: 'scores.csv', text: 'x,y\n1,0\n' }
    const refusal = {
      ok: false as const,
      error: { code: 'documentFailed' as const, message: 'lab.logitlab: notFound' }
    }
    received.openDocument
      .mockResolvedValueOnce({ ok: true, value: csv })
      .mockResolvedValueOnce({ ok: true, value: null })
      .mockResolvedValueOnce(refusal)
    expect(await api.openDocument()).toEqual({ ok: true, value: csv })
    expect(await api.openDocument()).toEqual({ ok: true, value: null })
    expect(await api.openDocument()).toEqual(refusal)
  })

  it('a restored document event: the page’s listener gets main’s session', () => {
    const session = sessionWithTexts()
    const restored: DocumentEvent = {
      kind: 'restored',
      document: { kind: 'session', session, fileName: 'lab.logitlab', dirty: false }
    }
    const expected = structuredClone(restored)
    const heard: DocumentEvent[] = []
    const unsubscribe = api.onDocumentEvent((event) => heard.push(event))
    expect(sendDocumentEvent(window.webContents.id, restored)).toBe(true)
    const [crossed] = window.webContents.sentOn(eventChannels.onDocumentEvent)
    expect(crossed).toMatchObject({
      document: { session: { data: { texts: [packedTexts, packedTexts, packedTexts] } } }
    })
    ipcRenderer.emit(eventChannels.onDocumentEvent, {}, structuredClone(crossed))
    expect(heard).toEqual([expected])
    unsubscribe()
  })
})
