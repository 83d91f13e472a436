// The documents worker's messages move a session's table and its run's history instead of copying
// them (a 100,000-row table is 7 MB the page's thread would spend ~50 ms cloning at each backup, a
// 500,000-point history 12 MB) and carry its cell texts packed (shared/session/packedTexts.ts,
// tested on its own): a session sent to be backed up leaves its columns with the worker, a
// restored one arrives with its numbers and texts intact, and only buffers a column owns whole
// are moved.
import { describe, expect, it } from 'vitest'
import type { Session } from '@shared/session'
import { createDocumentWorkerClient } from '@renderer/platform/webDocumentClient'
import type { DocumentEnvelope, DocumentReply } from '@renderer/platform/webDocumentProtocol'
import { createDocumentService, type BackupStorage } from '@renderer/platform/webDocumentService'
import { requestFromWire, wireRequest, wireResponse } from '@renderer/platform/sessionTransfer'
import { sessionWithTexts, toySession } from '../../shared/session/sessionFixtures'

function mapStorage(): BackupStorage {
  const map = new Map<string, unknown>()
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    setMany: async (entries) => entries.forEach(([key, value]) => map.set(key, value)),
    delMany: async (keys) => keys.forEach((key) => map.delete(key)),
    keys: async () => [...map.keys()]
  }
}

/** The documents worker in this thread: each message structured-cloned as postMessage does. */
class ClonedWorker extends EventTarget {
  private readonly service = createDocumentService(mapStorage())

  postMessage(message: unknown, options?: StructuredSerializeOptions): void {
    const { id, request } = structuredClone(message, options) as DocumentEnvelope
    void this.service.handle(requestFromWire(request)).then((answer) => {
      const { message: response, transfer } = wireResponse(answer)
      const reply: DocumentReply = { id, response }
      const data = structuredClone(reply, { transfer })
      this.dispatchEvent(new MessageEvent('message', { data }))
    })
  }
}

const backupOf = (session: Session) =>
  ({
    op: 'backup',
    session,
    meta: { slot: 'a', fileName: null, dirty: true, title: session.title },
    handle: null,
    appVersion: '0.1.0'
  }) as const

describe('the documents worker moves a session’s table', () => {
  it('leaves a backed-up session’s columns with the worker, and restores them intact', async () => {
    const client = createDocumentWorkerClient(() => new ClonedWorker() as unknown as Worker)
    // Cells whose text is kept: labels spelled "1.0", an empty cell, Korean.
    const session = sessionWithTexts()
    const texts = session.data.texts
    const columns = session.data.columns.map((column) => Array.from(column))
    const run = session.run
    const history = run && {
      epochs: Array.from(run.history.epochs),
      cost: Array.from(run.history.cost)
    }
    const logged = run && Array.from(run.log.cost)

    expect(await client(backupOf(session))).toMatchObject({ ok: true, op: 'backup' })
    // Moved, not copied: the caller's arrays are empty (it handed the session over).
    expect(session.data.columns.map((column) => column.length)).toEqual(columns.map(() => 0))
    // The run's history and log too (a session sent is built for the call: its copies).
    expect(session.run).toBe(run)
    expect(history?.epochs.length).toBe(20)
    expect(session.run?.history.epochs.length).toBe(0)
    expect(session.run?.history.cost.length).toBe(0)
    expect(session.run?.log.cost.length).toBe(0)
    expect(session.run?.weights.length).toBe(2)

    const restored = await client({ op: 'restore', slot: 'a', liveSlots: [] })
    if (!restored.ok || restored.op !== 'restore' || restored.found === null) {
      throw new Error(`no backup restored: ${JSON.stringify(restored)}`)
    }
    const back = restored.found.session.data
    expect(back.columns.map((column) => Array.from(column))).toEqual(columns)
    expect(back.texts).toEqual(texts)
    const backRun = restored.found.session.run
    expect(backRun && Array.from(backRun.history.epochs)).toEqual(history?.epochs)
    expect(backRun && Array.from(backRun.history.cost)).toEqual(history?.cost)
    expect(backRun && Array.from(backRun.log.cost)).toEqual(logged)
  })

  it('moves only buffers a column owns whole, each once, and only for a session it sends', () => {
    const session = toySession()
    const shared = new Float64Array(12)
    const [first, second] = [shared.subarray(0, 6), shared.subarray(6, 12)]
    const own = Float64Array.from([0, 1, 0, 1, 1, 0])
    const withColumns = (columns: Float64Array[]): Session => ({
      ...session,
      data: { ...session.data, columns, texts: columns.map(() => []) }
    })
    /** The moved buffers that are not packed texts' (those are always the message's own). */
    const movedColumns = (request: Parameters<typeof wireRequest>[0]): ArrayBuffer[] => {
      const { message, transfer } = wireRequest(request)
      if (!('session' in message)) return transfer
      const packed = message.session.data.texts.flatMap(({ rows, ends }) => [
        rows.buffer,
        ends.buffer
      ])
      expect(packed.every((buffer) => transfer.includes(buffer as ArrayBuffer))).toBe(true)
      return transfer.filter((buffer) => !packed.includes(buffer))
    }

    expect(movedColumns(backupOf(withColumns([first, second, own])))).toEqual([own.buffer])
    expect(movedColumns(backupOf(withColumns([own, own])))).toEqual([own.buffer])
    const encode = {
      op: 'encode',
      session: withColumns([own]),
      savedAt: '2025-03-01T09:30:00.000Z',
      appVersion: '0.1.0'
    } as const
    expect(movedColumns(encode)).toEqual([own.buffer])
    expect(wireRequest({ op: 'forget', slot: 'a' }).transfer).toEqual([])
    expect(wireResponse({ ok: true, op: 'backup', savedAt: '' }).transfer).toEqual([])
  })
})
