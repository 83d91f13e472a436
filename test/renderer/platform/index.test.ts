// platform/index.ts picks the desktop bridge when the preload exposed one, the web edition if not.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ElectronBridge } from '@shared/bridge'
import type { ApiResult } from '@shared/contract'

const ok: ApiResult<null> = { ok: true, value: null }

function fakeBridge(calls: string[]): ElectronBridge {
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`)
      return ok
    }
  return {
    platform: 'electron',
    train: async () => ({ ok: true, value: { runId: 'desktop-1' } }),
    command: record('command'),
    onFrame: () => () => undefined,
    onMenuCommand: () => () => undefined,
    setPreferences: record('setPreferences'),
    openExternal: record('openExternal'),
    saveSession: record('saveSession'),
    openDocument: record('openDocument'),
    answerOpen: record('answerOpen'),
    openDroppedFile: record('openDroppedFile'),
    newDocument: record('newDocument'),
    backupSession: record('backupSession'),
    setDocumentState: record('setDocumentState'),
    answerClose: record('answerClose'),
    answerRecovery: record('answerRecovery'),
    exportFile: record('exportFile'),
    printReport: record('printReport'),
    onDocumentEvent: () => () => undefined
  }
}

afterEach(() => {
  delete window.labApi
  vi.resetModules()
})

describe('platform/index', () => {
  it('uses the preload bridge in the desktop app', async () => {
    const calls: string[] = []
    window.labApi = fakeBridge(calls)
    const { labApi } = await import('@renderer/platform/index')
    expect(labApi.platform).toBe('electron')
    expect(await labApi.train({} as never)).toEqual({ ok: true, value: { runId: 'desktop-1' } })
    await labApi.command('desktop-1', { kind: 'step', epochs: 100 })
    await labApi.command('desktop-1', { kind: 'setSpeed', speed: { mode: 'max' } })
    await labApi.setPreferences({ locale: 'en', theme: 'light', presenting: false })
    expect(calls).toEqual([
      'command("desktop-1", {"kind":"step","epochs":100})',
      'command("desktop-1", {"kind":"setSpeed","speed":{"mode":"max"}})',
      'setPreferences({"locale":"en","theme":"light","presenting":false})'
    ])
  })

  it('uses the Web Worker edition in a browser', async () => {
    const { labApi } = await import('@renderer/platform/index')
    expect(labApi.platform).toBe('web')
  })
})
