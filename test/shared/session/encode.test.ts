import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { labConfig } from '@core'
import { MAX_SESSION_BYTES, MAX_TITLE_LENGTH } from '@shared/limits'
import {
  decodeSession,
  encodeSession,
  SessionEncodeError,
  type Session,
  type SessionError
} from '@shared/session'
import { meta, trainedToySession } from './documents'
import { repoRoot } from '../../support/paths'
import { sessionWithProblems, toySession } from './sessionFixtures'

/** The version-2 document of the lab as it opens: the format as other programs will read it. */
const TOY_DOCUMENT = `{
  "format": "logit-lab/session",
  "version": 2,
  "app": {"name":"Logit Lab","version":"0.1.0"},
  "savedAt": "2025-03-01T09:30:00.000Z",
  "title": "",
  "notes": "",
  "data": {
    "featureNames": ["x1","x2"],
    "labelName": "y",
    "columns": [
      [1,2,3,4,5,6],
      [2,3,1,3,3,2],
      [0,0,0,1,1,1]
    ],
    "texts": [[],[],[]]
  },
  "settings": {"config":{"epochs":1000,"logEvery":100,"init":"zeros","seed":1,"optimizer":{"kind":"sgd","lr":1,"momentum":0,"dampening":0,"nesterov":false,"weightDecay":0},"threshold":0.5,"batchSize":null},"speed":{"mode":"max"},"stepUnit":"epoch","otherOptimizer":{"kind":"adam","lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8,"weightDecay":0},"batchSize":2},
  "run": null,
  "keptRuns": []
}
`

/** The SessionError encodeSession throws for `session`. */
function encodeRefusal(session: Session, appVersion = '0.1.0'): SessionError {
  try {
    encodeSession(session, { ...meta, appVersion })
  } catch (error) {
    if (error instanceof SessionEncodeError) return error.error
    throw error
  }
  throw new Error('expected encodeSession to refuse')
}

describe('encodeSession', () => {
  it('writes the lab as this exact version-2 document', () => {
    expect(encodeSession(toySession(), meta)).toBe(TOY_DOCUMENT)
    expect(decodeSession(TOY_DOCUMENT)).toMatchObject({ ok: true, session: toySession() })
  })

  it('is the example docs/session-format.md shows', () => {
    const doc = readFileSync(resolve(repoRoot, 'docs/session-format.md'), 'utf8')
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1]
    expect(example).toBe(TOY_DOCUMENT)
  })

  it('spells the cells JSON cannot: null for no number, 1e999 for Infinity, -0 for -0', () => {
    const text = encodeSession(sessionWithProblems(), meta)
    expect(text).toContain('      [1,null,3,4,1.5,6],\n      [null,3,1e999,-0,3,2],\n')
  })

  it('writes a run key by key, its series as plain number arrays', () => {
    const text = encodeSession(trainedToySession(), meta)
    expect(text).toContain('\n    "state": "paused",\n    "epoch": 20,\n    "totalEpochs": 30,\n')
    expect(text).toContain(
      '\n      "epochs": [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20],\n'
    )
    expect(text).toMatch(/\n {6}"texts": \["Epoch {4}0\/30 Cost: 0\.693147","Epoch {3}10\/30/)
    expect(JSON.parse(text)).toMatchObject({ run: { trainer: { version: 1, epoch: 21 } } })
  })

  it('refuses what it could not read back, with the error decoding would give', () => {
    const session = toySession()
    session.title = 'x'.repeat(MAX_TITLE_LENGTH + 1)
    expect(encodeRefusal(session)).toMatchObject({ code: 'tooLong', what: 'title' })

    const short = toySession()
    short.data.columns[1] = short.data.columns[1].subarray(0, 4)
    expect(encodeRefusal(short)).toEqual({
      code: 'mismatch',
      field: 'data.columns[1]',
      measure: 'length',
      expected: 6,
      actual: 4
    })

    const twice = toySession()
    twice.data.texts[0] = [
      [2, 'a'],
      [2, 'b']
    ]
    expect(encodeRefusal(twice)).toEqual({
      code: 'invalidField',
      field: 'data.texts[0][1][0]',
      reason: 'order'
    })

    const diverging = trainedToySession()
    diverging.run?.history.cost.fill(Number.NaN, 3, 4)
    expect(encodeRefusal(diverging)).toEqual({
      code: 'invalidField',
      field: 'run.history.cost[3]',
      reason: 'value'
    })

    const extra = toySession()
    extra.settings = {
      ...extra.settings,
      config: { ...labConfig, colour: 'red' } as typeof labConfig
    }
    expect(encodeRefusal(extra)).toMatchObject({
      field: 'settings.config.colour',
      reason: 'unknownKey'
    })

    expect(() =>
      encodeSession(toySession(), { ...meta, savedAt: new Date('+010000-01-01T00:00:00Z') })
    ).toThrow(SessionEncodeError)
    expect(() => encodeSession(toySession(), { ...meta, savedAt: new Date(Number.NaN) })).toThrow(
      RangeError
    )
    expect(encodeRefusal(toySession(), 'v'.repeat(101))).toMatchObject({
      code: 'tooLong',
      what: 'appVersion'
    })
  })

  it('refuses a session whose file would be past MAX_SESSION_BYTES (a cell text has no cap)', () => {
    const session = toySession()
    session.data.texts[0] = [[0, 'x'.repeat(MAX_SESSION_BYTES)]]
    const error = encodeRefusal(session)
    expect(error).toMatchObject({ code: 'tooLarge', limit: MAX_SESSION_BYTES })
    expect(error.code === 'tooLarge' && error.actual > MAX_SESSION_BYTES).toBe(true)
  })

  it('names the refusal in its message, for logs', () => {
    const session = toySession()
    session.data.rows = 7
    expect(() => encodeSession(session, meta)).toThrow(
      'cannot save this session: data.columns[0] holds 6 values where 7 are expected'
    )
  })
})
