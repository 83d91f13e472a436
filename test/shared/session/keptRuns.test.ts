// Runs kept for comparison in the session file (version 2): what a kept run keeps of a run, its
// downsampled curve, the round trip, a version-1 file opened without any, and malformed kept
// runs refused with the field named.
import { describe, expect, it } from 'vitest'
import { labConfig, toyDataset } from '@core'
import {
  decodeSession,
  downsampledCurve,
  encodeSession,
  isKeepable,
  keptRunOf,
  MAX_KEPT_POINTS,
  SessionEncodeError,
  type KeptRun,
  type Session,
  type SessionRun
} from '@shared/session'
import { documentOf, meta, refusal, textOf, withValue, type Json } from './documents'
import { toySession, trainedSession } from './sessionFixtures'

function finishedRun(lr: number, epochs = 1000): SessionRun {
  const config = { ...labConfig, epochs, optimizer: { ...labConfig.optimizer, lr } }
  const run = trainedSession(toyDataset(), config).run
  if (run === null) throw new Error('no run')
  return run
}

function kept(lr: number, epochs = 1000): KeptRun {
  const run = finishedRun(lr, epochs)
  if (!isKeepable(run)) throw new Error('not keepable')
  return keptRunOf(run)
}

function sessionKeeping(runs: KeptRun[]): Session {
  return { ...toySession(), keptRuns: runs }
}

/** A version-1 file as Logit Lab 0.1.0 wrote it: no kept runs. */
const VERSION_1_DOCUMENT = `{
  "format": "logit-lab/session",
  "version": 1,
  "app": {"name":"Logit Lab","version":"0.1.0"},
  "savedAt": "2025-03-01T09:30:00.000Z",
  "title": "Lab 5",
  "notes": "",
  "data": {
    "featureNames": ["x1","x2"],
    "labelName": "y",
    "columns": [[1,2,3,4,5,6],[2,3,1,3,3,2],[0,0,0,1,1,1]],
    "texts": [[],[],[]]
  },
  "settings": {"config":{"epochs":1000,"logEvery":100,"init":"zeros","seed":1,"optimizer":{"kind":"sgd","lr":1,"momentum":0,"dampening":0,"nesterov":false,"weightDecay":0},"threshold":0.5,"batchSize":null},"speed":{"mode":"max"},"stepUnit":"epoch","otherOptimizer":{"kind":"adam","lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8,"weightDecay":0},"batchSize":2},
  "run": null
}
`

describe('keptRunOf', () => {
  it("keeps a finished run's settings, weights and the log's last cost (lab: 0.019852)", () => {
    const run = finishedRun(1)
    const keptRun = kept(1)
    expect(keptRun.config.optimizer.lr).toBe(1)
    expect(keptRun.state).toBe('done')
    expect(keptRun.epoch).toBe(1000)
    expect(keptRun.finalCost).toBe(run.log.cost.at(-1))
    expect(keptRun.finalCost.toFixed(6)).toBe('0.019852')
    expect(keptRun.finalAccuracy).toBe(1)
    expect(keptRun.weights).toEqual(run.weights)
    expect(keptRun.bias).toBe(run.bias)
    // 1,001 points: one too many, so the curve is downsampled and still ends at epoch 1000.
    expect(keptRun.curve.epochs.length).toBeLessThanOrEqual(MAX_KEPT_POINTS)
    expect(keptRun.curve.epochs.at(-1)).toBe(1000)
    expect(keptRun.curve.cost.at(-1)).toBe(keptRun.finalCost)
  })

  it('keeps only finished runs with points', () => {
    const run = finishedRun(1, 30)
    expect(isKeepable(run)).toBe(true)
    expect(isKeepable({ ...run, state: 'paused' })).toBe(false)
    expect(isKeepable({ ...run, state: 'error' })).toBe(false)
    expect(isKeepable(null)).toBe(false)
  })
})

describe('downsampledCurve', () => {
  it('bounds a long curve, keeps its last point and its highest cost', () => {
    const count = 50_001
    const epochs = Float64Array.from({ length: count }, (_, i) => i)
    const cost = Float64Array.from(epochs, (e) => 1 / (e + 1))
    cost[12_345] = 9 // a spike the envelope must keep
    const accuracy = Float64Array.from(epochs, () => 0.5)
    for (const max of [1000, 999, 5]) {
      const curve = downsampledCurve({ epochs, cost, accuracy, downsampled: false }, max)
      expect(curve.epochs.length, String(max)).toBeLessThanOrEqual(max)
      expect(curve.epochs.at(-1)).toBe(50_000)
      expect(curve.cost.length).toBe(curve.epochs.length)
      expect(curve.epochs.every((e, i) => i === 0 || e > curve.epochs[i - 1])).toBe(true)
    }
    expect(downsampledCurve({ epochs, cost, accuracy, downsampled: false }, 1000).cost).toContain(9)
  })

  it('leaves a short curve whole', () => {
    const epochs = Float64Array.of(0, 1, 2)
    const curve = downsampledCurve(
      { epochs, cost: epochs, accuracy: epochs, downsampled: false },
      1000
    )
    expect(curve).toEqual({ epochs: [0, 1, 2], cost: [0, 1, 2], accuracy: [0, 1, 2] })
  })
})

describe('kept runs in the session file', () => {
  it('round-trips two kept runs exactly', () => {
    const session = sessionKeeping([kept(1), kept(0.1)])
    const decoded = decodeSession(encodeSession(session, meta))
    expect(decoded.ok && decoded.session).toEqual(session)
  })

  it('writes a session without kept runs with an empty list, and reads it back without any', () => {
    const doc = documentOf(toySession())
    expect(doc.version).toBe(2)
    expect(doc.keptRuns).toEqual([])
    const decoded = decodeSession(textOf(toySession()))
    expect(decoded.ok && 'keptRuns' in decoded.session).toBe(false)
  })

  it('opens a version-1 file (no kept runs) through the migration, and saves it as version 2', () => {
    const decoded = decodeSession(VERSION_1_DOCUMENT)
    expect(decoded).toMatchObject({ ok: true, meta: { migratedFrom: 1 } })
    if (!decoded.ok) return
    expect(decoded.session.title).toBe('Lab 5')
    expect(decoded.session.keptRuns).toBeUndefined()
    const resaved = JSON.parse(encodeSession(decoded.session, meta)) as Record<string, Json>
    expect(resaved).toMatchObject({ version: 2, keptRuns: [], title: 'Lab 5' })
  })

  it('refuses a version-1 file whose step leaves a broken kept run, naming the field', () => {
    const v1 = JSON.parse(VERSION_1_DOCUMENT) as Record<string, Json>
    expect(refusal(JSON.stringify({ ...v1, keptRuns: 'many' }))).toEqual({
      code: 'invalidField',
      field: 'keptRuns',
      reason: 'type'
    })
  })
})

describe('malformed kept runs', () => {
  const base = (): Json => documentOf(sessionKeeping([kept(1, 30), kept(0.1, 30)]))
  const refusalAt = (path: (string | number)[], value: Json) =>
    refusal(JSON.stringify(withValue(base(), path, value)))

  it.each<[string, (string | number)[], Json, string, string]>([
    [
      'an accuracy past 1',
      ['keptRuns', 1, 'finalAccuracy'],
      2,
      'keptRuns[1].finalAccuracy',
      'value'
    ],
    ['a cost that is text', ['keptRuns', 0, 'finalCost'], 'low', 'keptRuns[0].finalCost', 'type'],
    ['an unknown state', ['keptRuns', 0, 'state'], 'paused', 'keptRuns[0].state', 'value'],
    [
      'a point that is not a number',
      ['keptRuns', 0, 'curve', 'cost', 3],
      null,
      'keptRuns[0].curve.cost[3]',
      'type'
    ],
    ['an epoch past the run', ['keptRuns', 0, 'epoch'], 31, 'keptRuns[0].epoch', 'value'],
    [
      'a key the format lacks',
      ['keptRuns', 0, 'colour'],
      'red',
      'keptRuns[0].colour',
      'unknownKey'
    ],
    [
      'a bad learning rate',
      ['keptRuns', 1, 'config', 'optimizer', 'lr'],
      -1,
      'keptRuns[1].config.optimizer.lr',
      'value'
    ]
  ])('%s', (_name, path, value, field, reason) => {
    expect(refusalAt(path, value)).toEqual({ code: 'invalidField', field, reason })
  })

  it('refuses epochs out of order and curves of different lengths', () => {
    const doc = base() as { keptRuns: { curve: { epochs: number[]; accuracy: number[] } }[] }
    const swapped = structuredClone(doc)
    swapped.keptRuns[0].curve.epochs[2] = 0
    expect(refusal(JSON.stringify(swapped))).toEqual({
      code: 'invalidField',
      field: 'keptRuns[0].curve.epochs[2]',
      reason: 'order'
    })
    const short = structuredClone(doc)
    short.keptRuns[1].curve.accuracy.pop()
    expect(refusal(JSON.stringify(short))).toMatchObject({
      code: 'mismatch',
      field: 'keptRuns[1].curve.accuracy',
      measure: 'length'
    })
  })

  it('refuses a fifth kept run and a curve past the bound, reading and writing', () => {
    const doc = base() as { keptRuns: Json[] }
    const five = { ...doc, keptRuns: [0, 1, 2, 3, 4].map((k) => doc.keptRuns[k % 2]) }
    expect(refusal(JSON.stringify(five))).toMatchObject({ field: 'keptRuns', reason: 'value' })
    const run = kept(1, 30)
    const tooMany = sessionKeeping([run, run, run, run, run])
    expect(() => encodeSession(tooMany, meta)).toThrow(SessionEncodeError)
    const long = Array.from({ length: MAX_KEPT_POINTS + 1 }, (_, i) => i)
    const longCurve = {
      ...run,
      epoch: MAX_KEPT_POINTS,
      curve: { epochs: long, cost: long, accuracy: long.map(() => 1) }
    }
    expect(
      refusal(JSON.stringify(withValue(base(), ['keptRuns', 0], longCurve as unknown as Json)))
    ).toMatchObject({
      code: 'invalidField',
      field: 'keptRuns[0].curve.epochs'
    })
  })
})
