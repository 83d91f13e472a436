import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { decodeSession, encodeSession, MAX_KEPT_POINTS, MAX_KEPT_RUNS } from '@shared/session'
import { useCompareStore } from '@renderer/stores/compare'
import { useDocumentStore } from '@renderer/stores/document'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { sessionErrorText } from '@renderer/components/document/documentMessageText'
import { createAppI18n } from '@renderer/i18n'
import { makeFrame } from '../support/fakeLabApi'
import { setupStores, stubAnimationFrames, type AnimationFrames } from '../support/harness'

let frames: AnimationFrames

beforeEach(() => {
  frames = stubAnimationFrames()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const meta = { appVersion: '0.1.0', savedAt: new Date('2025-03-01T09:30:00.000Z') }

/** Trains with learning rate `lr` and lets the fake trainer finish the run at epoch `last`. */
async function finishRun(lr: string, last = 1000): Promise<void> {
  const settings = useSettingsStore()
  const training = useTrainingStore()
  settings.setNumber('lr', lr)
  settings.setNumber('epochs', String(last))
  expect(await training.train()).toBe(true)
  const epochs = Array.from({ length: last + 1 }, (_, e) => e)
  const runId = training.runId ?? ''
  const { api } = harness
  api.emitFrame(makeFrame(runId, 0, epochs, { state: 'done', totalEpochs: last }))
  frames.run()
  expect(training.status).toBe('done')
}

let harness: ReturnType<typeof setupStores>

beforeEach(() => {
  harness = setupStores()
})

describe('compare store', () => {
  it("keeps a finished run: its settings, final cost (the log's last) and weights", async () => {
    const compare = useCompareStore()
    await finishRun('0.5')
    expect(compare.canKeep).toBe(true)
    expect(await compare.keepCurrent()).toBe('kept')
    const [entry] = compare.entries
    expect(entry.run.config.optimizer.lr).toBe(0.5)
    expect(entry.run.epoch).toBe(1000)
    // makeFrame logs cost 1 / (e + 2) at every 100th epoch.
    expect(entry.run.finalCost).toBe(1 / 1002)
    expect(entry.run.weights).toEqual([1000, -1000])
    expect(entry.run.curve.epochs.length).toBeLessThanOrEqual(MAX_KEPT_POINTS)
    expect(entry.run.curve.epochs.at(-1)).toBe(1000)
    // Keeping it again keeps nothing new.
    expect(await compare.keepCurrent()).toBe('already')
    expect(compare.entries).toHaveLength(1)
  })

  it('keeps no run that is still running, nor before any run', async () => {
    const compare = useCompareStore()
    expect(compare.canKeep).toBe(false)
    expect(await compare.keepCurrent()).toBe('notFinished')
    const training = useTrainingStore()
    await training.train()
    harness.api.emitFrame(makeFrame(training.runId ?? '', 0, [0, 1, 2]))
    frames.run()
    expect(training.status).toBe('running')
    expect(compare.canKeep).toBe(false)
    expect(await compare.keepCurrent()).toBe('notFinished')
    expect(compare.entries).toHaveLength(0)
    // No snapshot was asked of the running run.
    expect(harness.api.callsTo('snapshot')).toEqual([])
  })

  it('bounds a long run to MAX_KEPT_POINTS points, ending at its last epoch', async () => {
    const compare = useCompareStore()
    await finishRun('1', 20_000)
    await compare.keepCurrent()
    const curve = compare.entries[0].run.curve
    expect(curve.epochs.length).toBeLessThanOrEqual(MAX_KEPT_POINTS)
    expect(curve.epochs.length).toBeGreaterThan(MAX_KEPT_POINTS / 4)
    expect(curve.epochs.at(-1)).toBe(20_000)
  })

  it('keeps at most four; a fifth waits until the student removes one for it', async () => {
    const compare = useCompareStore()
    for (const lr of ['1', '0.5', '0.1', '0.01']) {
      await finishRun(lr)
      expect(await compare.keepCurrent()).toBe('kept')
    }
    expect(compare.entries.map((entry) => entry.slot)).toEqual([0, 1, 2, 3])
    await finishRun('2')
    expect(await compare.keepCurrent()).toBe('full')
    expect(compare.isFull).toBe(true)
    expect(compare.entries).toHaveLength(MAX_KEPT_RUNS)
    expect(compare.pending?.config.optimizer.lr).toBe(2)

    compare.cancelPending()
    expect(compare.pending).toBeNull()
    expect(compare.entries.map((entry) => entry.run.config.optimizer.lr)).toEqual([
      1, 0.5, 0.1, 0.01
    ])

    await compare.keepCurrent()
    compare.replaceWithPending(compare.entries[1].id)
    expect(compare.entries.map((entry) => entry.run.config.optimizer.lr)).toEqual([1, 0.1, 0.01, 2])
    // The new run takes the colour the removed one left.
    expect(compare.entries.map((entry) => entry.slot)).toEqual([0, 2, 3, 1])
  })

  it('removes a run, and Undo puts it back where it was', async () => {
    const compare = useCompareStore()
    for (const lr of ['1', '0.1', '0.01']) {
      await finishRun(lr)
      await compare.keepCurrent()
    }
    const before = compare.revision
    compare.remove(compare.entries[1].id)
    expect(compare.entries.map((entry) => entry.run.config.optimizer.lr)).toEqual([1, 0.01])
    expect(compare.revision).not.toBe(before)
    compare.undoRemove()
    expect(compare.entries.map((entry) => entry.run.config.optimizer.lr)).toEqual([1, 0.1, 0.01])
    expect(compare.removed).toBeNull()
  })
})

describe('kept runs in the document', () => {
  it('mark the document unsaved, go into its session and come back when it is opened', async () => {
    const compare = useCompareStore()
    const document = useDocumentStore()
    await finishRun('1')
    await compare.keepCurrent()
    await finishRun('0.1')
    await compare.keepCurrent()
    const { session } = await document.buildSession()
    expect(session.keptRuns?.map((run) => run.config.optimizer.lr)).toEqual([1, 0.1])

    const text = encodeSession(session, meta)
    const decoded = decodeSession(text)
    if (!decoded.ok) throw new Error('refused')
    await document.handleEvent({
      kind: 'restored',
      document: {
        kind: 'session',
        session: decoded.session,
        fileName: 'two.logitlab',
        dirty: false
      }
    })
    expect(document.dirty).toBe(false)
    expect(compare.entries.map((entry) => entry.run)).toEqual(session.keptRuns)

    compare.remove(compare.entries[0].id)
    expect(document.dirty).toBe(true)
    compare.undoRemove()
    expect(document.dirty).toBe(false)
  })

  it('opens a session without kept runs with none, and a new document has none', async () => {
    const compare = useCompareStore()
    const document = useDocumentStore()
    await finishRun('1')
    await compare.keepCurrent()
    const { session } = await document.buildSession()
    const { keptRuns: _kept, ...withoutKept } = session
    await document.handleEvent({
      kind: 'restored',
      document: { kind: 'session', session: withoutKept, fileName: null, dirty: true }
    })
    expect(compare.entries).toHaveLength(0)
    const again = await document.buildSession()
    expect('keptRuns' in again.session).toBe(false)
  })

  it('a malformed kept run is refused with a message naming the field, in both languages', async () => {
    const document = useDocumentStore()
    await finishRun('1')
    await useCompareStore().keepCurrent()
    const { session } = await document.buildSession()
    const doc = JSON.parse(encodeSession(session, meta)) as {
      keptRuns: { finalAccuracy: unknown }[]
    }
    doc.keptRuns[0].finalAccuracy = 'high'
    const decoded = decodeSession(JSON.stringify(doc))
    expect(decoded.ok).toBe(false)
    if (decoded.ok) return
    for (const locale of ['en', 'ko'] as const) {
      const t = createAppI18n(locale).global.t
      expect(sessionErrorText(t, decoded.error)).toContain('keptRuns[0].finalAccuracy')
    }
  })
})
