// What a session keeps beyond the config and the numbers of the run: the optimizer not chosen and
// the mini-batch size under full batch (every setting), and the run's problem and notice (the
// status line as it was). Each round-trips, and each inconsistency is refused by its field.
import { describe, expect, it } from 'vitest'
import { defaultAdam, defaultSgd, labConfig, toyDataset } from '@core'
import { decodeSession, encodeSession, SessionEncodeError, type Session } from '@shared/session'
import { documentOf, meta, refusalWith, textOf, trainedToySession } from './documents'
import { sessionOf, toySession } from './sessionFixtures'

function roundTrip(session: Session): Session {
  const decoded = decodeSession(textOf(session))
  if (!decoded.ok) throw new Error(`refused: ${JSON.stringify(decoded.error)}`)
  return decoded.session
}

describe('every setting', () => {
  it('keeps the values of the optimizer not in use and the batch size while full batch is chosen', () => {
    const session = sessionOf(toyDataset(), {
      ...labConfig,
      optimizer: { ...defaultAdam, lr: 0.05, beta2: 0.99 }
    })
    session.settings.otherOptimizer = { ...defaultSgd, lr: 0.3, momentum: 0.9, nesterov: true }
    session.settings.batchSize = 4
    expect(roundTrip(session).settings).toEqual(session.settings)
  })

  it('refuses an "other" optimizer of the kind already chosen', () => {
    expect(refusalWith(['settings', 'otherOptimizer'], { ...defaultSgd })).toEqual({
      code: 'invalidField',
      field: 'settings.otherOptimizer.kind',
      reason: 'value'
    })
  })

  it('refuses a kept batch size that disagrees with the chosen mini-batches', () => {
    const doc = documentOf(sessionOf(toyDataset(), { ...labConfig, batchSize: 3 }))
    const text = JSON.stringify({
      ...doc,
      settings: { ...(doc.settings as object), batchSize: 2 }
    })
    expect(decodeSession(text)).toMatchObject({
      ok: false,
      error: {
        code: 'mismatch',
        field: 'settings.batchSize',
        measure: 'value',
        expected: 3,
        actual: 2
      }
    })
  })

  it('refuses a batch size that is no count of rows', () => {
    expect(refusalWith(['settings', 'batchSize'], 0)).toEqual({
      code: 'invalidField',
      field: 'settings.batchSize',
      reason: 'value'
    })
  })
})

describe("the run's problem and notice", () => {
  it('round-trip a diverged run (epoch and quantity) and a chaotic one', () => {
    const diverged = trainedToySession()
    const run = diverged.run!
    diverged.run = {
      ...run,
      state: 'diverged',
      trainer: null,
      problem: { code: 'diverged', epoch: 21, quantity: 'gradients' }
    }
    expect(roundTrip(diverged).run).toMatchObject({
      state: 'diverged',
      problem: { code: 'diverged', epoch: 21, quantity: 'gradients' },
      notice: null
    })
    const chaotic = trainedToySession()
    chaotic.run = { ...chaotic.run!, notice: { code: 'chaotic', epoch: 7 } }
    expect(roundTrip(chaotic).run?.notice).toEqual({ code: 'chaotic', epoch: 7 })
  })

  it("keeps a lost worker's own words, within a bound", () => {
    const session = trainedToySession()
    session.run = {
      ...session.run!,
      state: 'error',
      trainer: null,
      problem: { code: 'workerCrashed', loss: { kind: 'failed', message: 'Uncaught Error: boom' } }
    }
    expect(roundTrip(session).run?.problem).toEqual(session.run.problem)
    expect(
      refusalWith(['run', 'problem'], {
        code: 'workerCrashed',
        loss: { kind: 'failed', message: 'x'.repeat(1001) }
      })
    ).toEqual({ code: 'invalidField', field: 'run.problem.loss.message', reason: 'value' })
  })

  it('refuses a problem that does not belong to the run state', () => {
    expect(
      refusalWith(['run', 'problem'], { code: 'diverged', epoch: 3, quantity: 'cost' })
    ).toEqual({ code: 'invalidField', field: 'run.problem.code', reason: 'value' })
    expect(refusalWith(['run', 'problem'], { code: 'trouble' })).toEqual({
      code: 'invalidField',
      field: 'run.problem.code',
      reason: 'value'
    })
  })

  it('refuses a notice from an epoch the run has not reached', () => {
    expect(refusalWith(['run', 'notice'], { code: 'chaotic', epoch: 21 })).toEqual({
      code: 'invalidField',
      field: 'run.notice.epoch',
      reason: 'value'
    })
  })

  it('encodeSession refuses what decoding would refuse', () => {
    const session = toySession()
    session.settings.otherOptimizer = { ...defaultSgd }
    expect(() => encodeSession(session, meta)).toThrow(SessionEncodeError)
  })
})
