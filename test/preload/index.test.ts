import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels } from '@shared/channels'
import type { LabApi } from '@shared/contract'
import { MAX_PAYLOAD_BYTES } from '@shared/payloadSize'
import { contextBridge, ipcRenderer } from '../main/support/electronMock'
import { repoRoot } from '../support/paths'

vi.mock('electron', () => import('../main/support/electronMock'))

// Every name LabApi has, written out: a method added to LabApi fails to compile here until the
// test knows it.
const labApiNames = {
  platform: true,
  train: true,
  command: true,
  onFrame: true,
  onMenuCommand: true,
  setPreferences: true,
  openExternal: true,
  saveSession: true,
  openDocument: true,
  answerOpen: true,
  openDroppedFile: true,
  newDocument: true,
  backupSession: true,
  setDocumentState: true,
  answerClose: true,
  answerRecovery: true,
  exportFile: true,
  printReport: true,
  onDocumentEvent: true
} satisfies Record<keyof LabApi, true>

let exposedKey: unknown
let api: LabApi

beforeAll(async () => {
  await import('../../src/preload/index')
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
  ;[exposedKey, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, LabApi]
})

beforeEach(() => ipcRenderer.invoke.mockClear())

describe('the preload bridge', () => {
  it('exposes one object, window.labApi, with exactly the LabApi names', () => {
    expect(exposedKey).toBe('labApi')
    expect(Object.keys(api).sort()).toEqual(Object.keys(labApiNames).sort())
    expect(api.platform).toBe('electron')
  })

  it('exposes no ipcRenderer, no process, no environment', () => {
    for (const value of Object.values(api)) {
      expect(value).not.toBe(ipcRenderer)
      expect(value).not.toBe(process)
      expect(value).not.toBe(process.env)
      expect(['function', 'string']).toContain(typeof value)
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke|env|process|require/i)
  })

  it('sends each request on its own channel with its payload', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null })
    const speed = { mode: 'paced' as const, epochsPerSecond: 10 }
    const request = { speed } as never
    expect(await api.train(request)).toEqual({ ok: true, value: null })
    await api.command('run-1', { kind: 'step', epochs: 100 })
    await api.command('run-1', { kind: 'setSpeed', speed })
    await api.setPreferences({ locale: 'ko', theme: 'dark', presenting: false })
    await api.openExternal('https://example.com/')
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [invokeChannels.train, request],
      [invokeChannels.command, { runId: 'run-1', command: { kind: 'step', epochs: 100 } }],
      [invokeChannels.command, { runId: 'run-1', command: { kind: 'setSpeed', speed } }],
      [invokeChannels.setPreferences, { locale: 'ko', theme: 'dark', presenting: false }],
      [invokeChannels.openExternal, { url: 'https://example.com/' }]
    ])
  })

  it.each([
    ['onFrame', eventChannels.onFrame],
    ['onMenuCommand', eventChannels.onMenuCommand]
  ] as const)('%s passes the payload only, and its unsubscribe works', (method, channel) => {
    const listener = vi.fn()
    const unsubscribe = api[method](listener)
    const event = { sender: ipcRenderer, senderId: 0 }
    ipcRenderer.emit(channel, event, { kind: 'importCsv' })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ kind: 'importCsv' })
    expect(ipcRenderer.listenerCount(channel)).toBe(1)
    unsubscribe()
    expect(ipcRenderer.listenerCount(channel)).toBe(0)
    ipcRenderer.emit(channel, event, { kind: 'exportCsv' })
    expect(listener).toHaveBeenCalledOnce()
  })

  it('refuses a request past the size limit without sending it', async () => {
    ipcRenderer.invoke.mockClear()
    const huge = { data: { x: new Array(MAX_PAYLOAD_BYTES / 8 + 1) } } as never
    expect(await api.train(huge)).toMatchObject({ ok: false, error: { code: 'tooLarge' } })
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('keeps two subscribers apart: unsubscribing one leaves the other', () => {
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = api.onFrame(first)
    const stopSecond = api.onFrame(second)
    stopFirst()
    ipcRenderer.emit(eventChannels.onFrame, {}, 'frame')
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith('frame')
    stopSecond()
  })
})

describe('the preload source', () => {
  /** The modules a file loads at run time (type-only imports excluded). */
  const runtimeImports = (path: string): string[] =>
    [
      ...readFileSync(join(repoRoot, path), 'utf8').matchAll(/^import (?!type )[^'"]*'([^']+)'/gm)
    ].map((match) => match[1])

  it("loads only 'electron', the channel names and the size check, which load only the limits", () => {
    expect(runtimeImports('src/preload/index.ts').sort()).toEqual([
      '@shared/channels',
      '@shared/payloadSize',
      'electron'
    ])
    expect(runtimeImports('src/shared/channels.ts')).toEqual([])
    expect(runtimeImports('src/shared/payloadSize.ts')).toEqual(['./limits'])
    expect(runtimeImports('src/shared/limits.ts')).toEqual([])
  })
})
