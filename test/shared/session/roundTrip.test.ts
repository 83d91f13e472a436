import { describe, expect, it } from 'vitest'
import { defaultAdam, labConfig, toyDataset, Trainer } from '@core'
import { HistoryBuffer } from '@core/runnerHistory'
import { decodeSession, encodeSession, type Session } from '@shared/session'
import { diabetesDataset } from '../../support/diabetes'
import {
  runOf,
  sessionOf,
  sessionWithProblems,
  toySession,
  trainedSession
} from './sessionFixtures'

const meta = { appVersion: '0.1.0', savedAt: new Date('2025-03-01T09:30:00.000Z') }

function roundTrip(session: Session): Session {
  const decoded = decodeSession(encodeSession(session, meta))
  if (!decoded.ok) throw new Error(`refused: ${JSON.stringify(decoded.error)}`)
  return decoded.session
}

describe('a session read back from its file equals the session saved', () => {
  it('compares typed arrays element by element, telling NaN, -0 and 0 apart (what the tests rely on)', () => {
    expect(new Float64Array([Number.NaN])).toEqual(new Float64Array([Number.NaN]))
    expect(new Float64Array([-0])).not.toEqual(new Float64Array([0]))
    expect(new Float64Array([1, 2])).not.toEqual(new Float64Array([1, 3]))
    expect([new Float64Array([1])]).not.toEqual([[1]])
  })

  it('the lab as it opens: toy data, the lab settings, no run', () => {
    const session = toySession()
    expect(roundTrip(session)).toEqual(session)
  })

  it('a trained diabetes run (torch init, Adam, 300 epochs): every number exact', () => {
    const config = {
      ...labConfig,
      init: 'torch' as const,
      epochs: 300,
      logEvery: 20,
      optimizer: { ...defaultAdam, lr: 0.01 }
    }
    const session = trainedSession(diabetesDataset(), config)
    const back = roundTrip(session)
    expect(back).toEqual(session)
    expect(back.run?.history.cost).toHaveLength(301)
    expect(back.run?.log.texts.at(-1)).toMatch(/^Epoch {2}300\/300 Cost: 0\.\d{6}$/)
  })

  it('a run paused mid-way, with mini-batches: the state that continues it comes back', () => {
    const config = { ...labConfig, init: 'torch' as const, batchSize: 100, epochs: 50, logEvery: 5 }
    const session = trainedSession(diabetesDataset(), config, 17)
    expect(session.run?.state).toBe('paused')
    expect(roundTrip(session)).toEqual(session)
  })

  it('the student work in progress: NaN, Infinity, -0, a label of 2, and the texts as typed', () => {
    const session = sessionWithProblems()
    const back = roundTrip(session)
    expect(back).toEqual(session)
    expect(Object.is(back.data.columns[1][3], -0)).toBe(true)
    expect(back.data.columns[1][2]).toBe(Infinity)
    expect(back.data.texts[0]).toEqual([
      [1, 'abc'],
      [4, '1.50']
    ])
  })

  it('Korean and other Unicode in the title, notes, names, texts and a lone surrogate', () => {
    const session = toySession()
    session.title = '로지스틱 회귀 — 실습 5 🧪'
    session.notes = '1. 학습률을 바꿔 보세요.\n2. "정확도"가 어떻게 변하나요?\t\\ 끝 \u0000 \u2028'
    session.data.featureNames = ['강의 시간', '실습 시간 (h)']
    session.data.labelName = '합격'
    session.data.columns[0][2] = Number.NaN
    session.data.texts[0] = [[2, '세 시간']]
    session.data.texts[1] = [[0, '\ud800']]
    expect(roundTrip(session)).toEqual(session)
  })

  it('a downsampled history (the runner envelope past its cap)', () => {
    const config = { ...labConfig, epochs: 3000, logEvery: 500 }
    const trainer = Trainer.start(toyDataset(), config)
    const records: { epoch: number; cost: number; accuracy: number }[] = []
    const envelope = new HistoryBuffer(1000, config.epochs)
    trainer.run(Infinity, (record) => {
      records.push(record)
      envelope.add(record.epoch, record.cost, record.accuracy)
    })
    const run = runOf(trainer, records, 'done')
    const points = envelope.take()
    run.history = { ...points, downsampled: envelope.downsampled }
    const session: Session = { ...sessionOf(toyDataset(), config), run }
    expect(session.run?.history.downsampled).toBe(true)
    expect(points.epochs.length).toBeLessThan(records.length)
    expect(roundTrip(session)).toEqual(session)
  })

  it('a run paused before its first epoch, with -0 among its weights', () => {
    const config = { ...labConfig, epochs: 10 }
    const trainer = Trainer.start(toyDataset(), config)
    const run = runOf(trainer, [], 'paused')
    run.weights = [-0, 0]
    run.trainer = { ...trainer.snapshot(), params: [-0, 0, 0] }
    const session: Session = { ...sessionOf(toyDataset(), config), run }
    const back = roundTrip(session)
    expect(back).toEqual(session)
    expect(Object.is(back.run?.weights[0], -0)).toBe(true)
    expect(back.run?.epoch).toBe(-1)
  })

  it('an empty table (no rows), and a table with no feature left', () => {
    const empty = toySession()
    empty.data = {
      ...empty.data,
      rows: 0,
      columns: empty.data.columns.map(() => new Float64Array(0))
    }
    expect(roundTrip(empty)).toEqual(empty)
    const labelsOnly = toySession()
    labelsOnly.data = {
      featureNames: [],
      labelName: 'y',
      rows: 6,
      columns: [labelsOnly.data.columns[2]],
      texts: [[]]
    }
    expect(roundTrip(labelsOnly)).toEqual(labelsOnly)
  })

  it('texts in the order they were typed come back by ascending row', () => {
    const session = sessionWithProblems()
    session.data.texts[0].reverse()
    const text = encodeSession(session, meta)
    expect(text).toContain('"texts": [[[1,"abc"],[4,"1.50"]],')
    expect(roundTrip(session).data.texts[0]).toEqual([
      [1, 'abc'],
      [4, '1.50']
    ])
    expect(session.data.texts[0][0][0]).toBe(4) // the caller's session is left as it was
  })

  it('gives the app version and save time it was written with', () => {
    const decoded = decodeSession(encodeSession(toySession(), meta))
    expect(decoded).toMatchObject({
      ok: true,
      meta: { appVersion: '0.1.0', savedAt: '2025-03-01T09:30:00.000Z', migratedFrom: null }
    })
  })

  it('reads a file with a byte-order mark, as Windows editors save it', () => {
    const decoded = decodeSession('\ufeff' + encodeSession(toySession(), meta))
    expect(decoded.ok && decoded.session).toEqual(toySession())
  })

  it('keeps every float64 bit for bit, whatever its magnitude', () => {
    const session = toySession()
    session.data.columns[0].set([
      Number.MIN_VALUE,
      -Number.MAX_VALUE,
      0.1 + 0.2,
      1 / 3,
      1e21,
      5e-324
    ])
    session.data.columns[1].set([2 ** 53 + 2, -(2 ** -1022), 1.7976931348623157e308, 1e-7])
    expect(roundTrip(session)).toEqual(session)
  })
})
