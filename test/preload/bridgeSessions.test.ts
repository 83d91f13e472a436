// A whole session across the desktop bridge, end to end with `electron` mocked: the page's
// adapter (platform/electron.ts) packs it, contextBridge and IPC copy it (structured clones, as
// Electron's copies are), main's schema checks and unpacks it, and the handler gets the session
// the page had. What crossed holds each column's texts packed, never [row, text] pairs.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { labConfig, toyDataset } from '@core'
import type { ElectronBridge } from '@shared/bridge'
import { invokeChannels } from '@shared/channels'
import type { ApiResult, LabApi, Session } from '@shared/contract'
import { createElectronLabApi } from '@renderer/platform/electron'
import { registerIpcHandlers } from '../../src/main/ipc'
import { createRequestHandlers } from '../../src/main/requestHandlers'
import { stubDocuments } from '../main/support/documentStub'
import {
  contextBridge,
  FakeWebContents,
  invokeEvent,
  ipcMain,
  ipcRenderer
} from '../main/support/electronMock'
import { trainedSession } from '../shared/session/sessionFixtures'

vi.mock('electron', () => import('../main/support/electronMock'))

/** contextBridge copies each argument into the preload's world, and each answer back. */
function copiedAcross(bridge: ElectronBridge): ElectronBridge {
  const copied = Object.entries(bridge).map(([name, value]) => [
    name,
    typeof value === 'function'
      ? async (...args: unknown[]) =>
          structuredClone(await (value as (...a: unknown[]) => unknown)(...structuredClone(args)))
      : value
  ])
  return Object.fromEntries(copied) as ElectronBridge
}

const documents = stubDocuments()
const received = {
  saveSession: vi.fn(documents.saveSession),
  backupSession: vi.fn(documents.backupSession)
}
let api: LabApi

beforeAll(async () => {
  await import('../../src/preload/index')
  const [, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, ElectronBridge]
  api = createElectronLabApi(copiedAcross(bridge))
  const training = { train: vi.fn(), command: vi.fn() }
  const shell = { setMenuPreferences: vi.fn(), openAllowedLink: vi.fn(), printReport: vi.fn() }
  const handlers = createRequestHandlers(training, shell, { ...documents, ...received })
  registerIpcHandlers(handlers, () => true)
  const page = new FakeWebContents()
  ipcRenderer.invoke.mockImplementation(async (channel, payload) =>
    structuredClone(await ipcMain.invoke(channel, invokeEvent(page), payload))
  )
})

beforeEach(() => {
  ipcRenderer.invoke.mockClear()
  received.saveSession.mockClear()
  received.backupSession.mockClear()
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

describe('a session across the desktop bridge', () => {
  it('backupSession: main’s handler gets the page’s session, its texts packed on the way', async () => {
    const session = sessionWithTexts()
    const expected = structuredClone(session)
    expect(await api.backupSession(session)).toEqual({ ok: true, value: null })
    expect(ipcRenderer.invoke.mock.calls[0][0]).toBe(invokeChannels.backupSession)
    for (const packed of textsCrossed()) {
      expect(packed).toEqual({
        rows: expect.any(Float64Array),
        ends: expect.any(Float64Array),
        joined: expect.any(String)
      })
    }
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
