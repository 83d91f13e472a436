import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { registerIpcHandlers, setupIpc } from '../../src/main/ipc'
import {
  createRequestHandlers,
  type DocumentPort,
  type ShellPort,
  type TrainingPort
} from '../../src/main/requestHandlers'
import { EXPORT_KINDS } from '@shared/documentSchemas'
import { packSession, type WireSession } from '@shared/session/packedTexts'
import { toySession } from '../shared/session/sessionFixtures'
import { isTrustedSender } from '../../src/main/senderGuard'
import { createMainWindow } from '../../src/main/window'
import { invokeChannels, type InvokeMethod } from '@shared/channels'
import { externalLinks } from '@shared/externalLinks'
import { MAX_PAYLOAD_BYTES } from '@shared/payloadSize'
import { LOCALES, THEMES } from '@shared/preferences'
import { invokePayloadSchemas } from '@shared/schemas'
import { labRequest, runCommandArb, runIdArb, trainRequestArb } from '../shared/contractArbitraries'
import {
  FakeWebContents,
  invokeEvent,
  ipcMain,
  resetElectron,
  shell,
  type FakeBrowserWindow
} from './support/electronMock'
import { malformedArb } from './support/hostilePayloads'

vi.mock('electron', () => import('./support/electronMock'))

const ok = { ok: true as const, value: null }

type Fake<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? Mock<T[K]> : never }

function fakeDocuments(): Fake<DocumentPort> {
  const none = async () => ({ ok: true as const, value: null })
  return {
    saveSession: vi.fn(none),
    openDocument: vi.fn(none),
    answerOpen: vi.fn(none),
    openDroppedFile: vi.fn(none),
    newDocument: vi.fn(none),
    backupSession: vi.fn(none),
    setDocumentState: vi.fn(none),
    answerClose: vi.fn(none),
    answerRecovery: vi.fn(none),
    exportFile: vi.fn(none)
  }
}

function fakeTraining(): Fake<TrainingPort> {
  return {
    train: vi.fn(async () => ({ ok: true as const, value: { runId: 'run-1' } })),
    command: vi.fn(async () => ok)
  }
}

const tokenArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)

/** The lab's session as the page sends it: texts packed (kept texts in two columns). */
function crossingSession(): WireSession {
  const session = toySession()
  const texts: [number, string][][] = [
    [[0, '1.0']],
    [],
    [
      [2, ''],
      [5, '일']
    ]
  ]
  return packSession({ ...session, data: { ...session.data, texts } })
}

/** A valid payload for each request channel. */
const validPayloads: { [M in InvokeMethod]: fc.Arbitrary<unknown> } = {
  train: trainRequestArb,
  command: fc.record({ runId: runIdArb, command: runCommandArb }),
  setPreferences: fc.record({
    locale: fc.constantFrom(...LOCALES),
    theme: fc.constantFrom(...THEMES),
    presenting: fc.boolean()
  }),
  printReport: fc.record({ suggestedName: fc.constantFrom('report.pdf', '보고서.pdf') }),
  openExternal: fc.record({ url: fc.constantFrom(...Object.values(externalLinks)) }),
  saveSession: fc.record({ session: fc.constant(null).map(crossingSession), as: fc.boolean() }),
  openDocument: fc.constant({}),
  answerOpen: fc.record({ token: tokenArb, accept: fc.boolean() }),
  openDroppedFile: fc.record({ path: fc.string({ minLength: 1, maxLength: 200 }) }),
  newDocument: fc.constant({}),
  backupSession: fc.record({ session: fc.constant(null).map(crossingSession) }),
  setDocumentState: fc.record({ title: fc.string({ maxLength: 200 }), dirty: fc.boolean() }),
  answerClose: fc.record({ token: tokenArb, close: fc.boolean() }),
  answerRecovery: fc.record({ restore: fc.boolean() }),
  exportFile: fc.record({
    kind: fc.constantFrom(...EXPORT_KINDS),
    suggestedName: fc.constantFrom('weights.json', 'lab.py', '모델.onnx'),
    content: fc.oneof(fc.string(), fc.uint8Array())
  })
}

const methods = Object.keys(invokeChannels) as InvokeMethod[]

let training: Fake<TrainingPort>
let documents: Fake<DocumentPort>
let menuShell: Fake<ShellPort>
let window: FakeBrowserWindow

beforeEach(() => {
  resetElectron()
  training = fakeTraining()
  documents = fakeDocuments()
  menuShell = {
    setMenuPreferences: vi.fn(),
    openAllowedLink: vi.fn(async () => true),
    printReport: vi.fn(async () => ({ ok: true as const, value: null }))
  }
  registerIpcHandlers(createRequestHandlers(training, menuShell, documents), isTrustedSender)
  window = createMainWindow() as unknown as FakeBrowserWindow
})

afterEach(() => resetElectron())

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value)
    return true
  } catch (error) {
    if (error instanceof DOMException && error.name === 'DataCloneError') return false
    throw error
  }
}

/** Nothing behind IPC was asked to do anything. */
function expectNothingCalled(): void {
  for (const method of Object.values(training)) expect(method).not.toHaveBeenCalled()
  for (const method of Object.values(documents)) expect(method).not.toHaveBeenCalled()
  expect(menuShell.setMenuPreferences).not.toHaveBeenCalled()
  expect(menuShell.openAllowedLink).not.toHaveBeenCalled()
  expect(menuShell.printReport).not.toHaveBeenCalled()
}

describe('IPC handlers', () => {
  it('register exactly one handler per request channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
  })

  // What the malformed payloads below are broken from (else their test would prove nothing).
  it.each(methods)('%s: its valid payloads pass the schema', (method) => {
    const schema = invokePayloadSchemas[method]
    fc.assert(
      fc.property(validPayloads[method], (payload) => {
        expect(schema.safeParse(structuredClone(payload)).success).toBe(true)
      }),
      { numRuns: 20 }
    )
  })

  it.each(methods)('%s: 1,000 malformed payloads start nothing and are refused', async (method) => {
    const schema = invokePayloadSchemas[method]
    await fc.assert(
      fc.asyncProperty(malformedArb(validPayloads[method]), async (payload) => {
        // What main receives is a structured clone; what cannot be cloned cannot be sent.
        fc.pre(isCloneable(payload) && !schema.safeParse(structuredClone(payload)).success)
        const result = await ipcMain.invoke(
          invokeChannels[method],
          invokeEvent(window.webContents),
          payload
        )
        // invalidData when the data's values are what is wrong (a cell, a label)
        expect(result).toMatchObject({
          ok: false,
          error: { code: expect.stringMatching(/^invalid(Payload|Data)$/) }
        })
        expectNothingCalled()
      }),
      { numRuns: 1000 }
    )
  })

  it('names the field of the first problem, and refuses a bad cell as the data', async () => {
    const request = labRequest()
    request.data.x[5] = NaN
    const result = await ipcMain.invoke(
      invokeChannels.train,
      invokeEvent(window.webContents),
      request
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalidData',
        field: 'data.x[2][1]',
        message: expect.stringContaining('row 2')
      }
    })
  })

  it('hands valid train requests to the service with the calling window as owner', async () => {
    await fc.assert(
      fc.asyncProperty(trainRequestArb, async (request) => {
        training.train.mockClear()
        const result = await ipcMain.invoke(
          invokeChannels.train,
          invokeEvent(window.webContents),
          request
        )
        expect(result).toEqual({ ok: true, value: { runId: 'run-1' } })
        expect(training.train).toHaveBeenCalledExactlyOnceWith(window.webContents.id, request)
      }),
      { numRuns: 100 }
    )
  })

  it('hands every run command to the service unchanged, with the calling window as owner', async () => {
    const event = invokeEvent(window.webContents)
    const owner = window.webContents.id
    await fc.assert(
      fc.asyncProperty(runIdArb, runCommandArb, async (runId, command) => {
        training.command.mockClear()
        const result = await ipcMain.invoke(invokeChannels.command, event, { runId, command })
        expect(result).toEqual(ok)
        expect(training.command).toHaveBeenCalledExactlyOnceWith(owner, runId, command)
      }),
      { numRuns: 200 }
    )
  })

  it('refuses a payload past the size limit before reading it, calling nothing', async () => {
    const event = invokeEvent(window.webContents)
    const huge = { ...labRequest(), data: { x: new Array(MAX_PAYLOAD_BYTES / 8 + 1) } }
    expect(await ipcMain.invoke(invokeChannels.train, event, huge)).toMatchObject({
      ok: false,
      error: { code: 'tooLarge' }
    })
    expectNothingCalled()
  })

  it('refuses a step of no epochs by its field', async () => {
    const event = invokeEvent(window.webContents)
    const payload = { runId: 'run-1', command: { kind: 'step', epochs: 0 } }
    expect(await ipcMain.invoke(invokeChannels.command, event, payload)).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'command.epochs' }
    })
    expectNothingCalled()
  })

  it('passes the language and theme to the menu and allow-listed links to the browser', async () => {
    const event = invokeEvent(window.webContents)
    const preferences = { locale: 'ko', theme: 'dark', presenting: false }
    expect(await ipcMain.invoke(invokeChannels.setPreferences, event, preferences)).toEqual(ok)
    expect(menuShell.setMenuPreferences).toHaveBeenCalledWith(preferences)
    const url = externalLinks.course
    expect(await ipcMain.invoke(invokeChannels.openExternal, event, { url })).toEqual(ok)
    expect(menuShell.openAllowedLink).toHaveBeenCalledWith(url)
  })

  it('reports a service failure as an internal error instead of crashing', async () => {
    training.command.mockRejectedValueOnce(new Error('worker gone'))
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined)
    const result = await ipcMain.invoke(invokeChannels.command, invokeEvent(window.webContents), {
      runId: 'run-1',
      command: { kind: 'pause' }
    })
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'worker gone' } })
  })

  it('removes every handler when asked', () => {
    resetElectron()
    const unregister = registerIpcHandlers(
      createRequestHandlers(training, menuShell, documents),
      () => true
    )
    expect(ipcMain.handlers.size).toBe(methods.length)
    unregister()
    expect(ipcMain.handlers.size).toBe(0)
  })
})

describe('IPC sender checks', () => {
  const foreignSenders: [string, () => ReturnType<typeof invokeEvent>][] = [
    ['another web contents', () => invokeEvent(new FakeWebContents())],
    [
      'a subframe of our window',
      () => invokeEvent(window.webContents, window.webContents.subframe())
    ],
    ['a frame that is gone', () => invokeEvent(window.webContents, null)],
    [
      'our window showing another origin',
      () => {
        window.webContents.mainFrame.url = 'https://evil.example/index.html'
        return invokeEvent(window.webContents)
      }
    ],
    [
      'our window showing a file:// page',
      () => {
        window.webContents.mainFrame.url = 'file:///tmp/index.html'
        return invokeEvent(window.webContents)
      }
    ],
    [
      'another host on our scheme',
      () => {
        window.webContents.mainFrame.url = 'app://evil/index.html'
        return invokeEvent(window.webContents)
      }
    ],
    [
      'a closed window of ours',
      () => {
        const contents = window.webContents
        window.close()
        return invokeEvent(contents)
      }
    ]
  ]

  it.each(foreignSenders)('refuse %s on every channel, calling nothing', async (_name, sender) => {
    const payloads: Record<InvokeMethod, unknown> = {
      train: labRequest(),
      command: { runId: 'run-1', command: { kind: 'stop' } },
      setPreferences: { locale: 'en', theme: 'system', presenting: false },
      openExternal: { url: externalLinks.project },
      saveSession: { session: crossingSession(), as: false },
      openDocument: {},
      answerOpen: { token: 'open-1', accept: true },
      openDroppedFile: { path: '/tmp/lab.logitlab' },
      newDocument: {},
      backupSession: { session: crossingSession() },
      setDocumentState: { title: '', dirty: true },
      answerClose: { token: 'close-1', close: true },
      answerRecovery: { restore: true },
      exportFile: { kind: 'weightsJson', suggestedName: 'weights.json', content: '{}' },
      printReport: { suggestedName: 'report.pdf' }
    }
    for (const method of methods) {
      await expect(
        ipcMain.invoke(invokeChannels[method], sender(), payloads[method])
      ).rejects.toThrow('untrusted sender')
    }
    expectNothingCalled()
  })
})

describe('setupIpc', () => {
  it('opens allow-listed links only, through the security module', async () => {
    resetElectron()
    const menu = { setPreferences: vi.fn(), locale: () => 'en' as const }
    setupIpc(training, menu, documents)
    const ours = createMainWindow() as unknown as FakeBrowserWindow
    const event = invokeEvent(ours.webContents)
    const evil = 'https://deeplearningzerotoall.github.io/season2/../../evil'
    const refused = await ipcMain.invoke(invokeChannels.openExternal, event, { url: evil })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalidPayload', field: 'url' } })
    expect(shell.openExternal).not.toHaveBeenCalled()
    await ipcMain.invoke(invokeChannels.openExternal, event, { url: externalLinks.course })
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(externalLinks.course)
    await ipcMain.invoke(invokeChannels.setPreferences, event, {
      locale: 'ko',
      theme: 'light',
      presenting: false
    })
    expect(menu.setPreferences).toHaveBeenCalledWith({
      locale: 'ko',
      theme: 'light',
      presenting: false
    })
  })
})
