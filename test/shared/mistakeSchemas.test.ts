// Deliberate mistakes travel with the settings (src/core/mistakes.ts): the training config's
// schema takes them, a resumed run's accumulated gradient must fit its config, and a session
// keeps both exactly.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { Trainer, labConfig, toyDataset, withMistake, type TrainerState } from '@core'
import { trainingConfigSchema, trainRequestSchema } from '@shared/schemas'
import { decodeSession, encodeSession, type Session } from '@shared/session'
import { labRequest } from './contractArbitraries'
import { trainedSession } from './session/sessionFixtures'

function firstProblem(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value)
  return result.success ? 'valid' : result.error.issues[0].path.map(String).join('.')
}

const forgets = withMistake(withMistake({ ...labConfig, epochs: 40 }, 'forgetZeroGrad'), 'mse')

/** The state of a run of `config` after 5 epochs. */
function stateAfter5(config = forgets): TrainerState {
  const trainer = Trainer.start(toyDataset(), config)
  trainer.run(5, () => {})
  return trainer.snapshot()
}

describe('the mistakes in the contract', () => {
  it('a training config may carry them, and only the known ones', () => {
    expect(firstProblem(trainingConfigSchema, forgets)).toBe('valid')
    expect(firstProblem(trainingConfigSchema, labConfig)).toBe('valid')
    const hinge = { ...forgets, mistakes: { forgetZeroGrad: false, loss: 'hinge' } }
    expect(firstProblem(trainingConfigSchema, hinge)).toBe('mistakes.loss')
    const extra = { ...forgets, mistakes: { ...forgets.mistakes, typo: true } }
    expect(firstProblem(trainingConfigSchema, extra)).toBe('mistakes')
  })

  it('a resumed run brings its accumulated gradient exactly when it forgets zero_grad', () => {
    const request = { ...labRequest(), config: forgets, resumeFrom: stateAfter5() }
    expect(firstProblem(trainRequestSchema, request)).toBe('valid')
    const { accumulatedGrad, ...without } = stateAfter5()
    expect(firstProblem(trainRequestSchema, { ...request, resumeFrom: without })).toBe(
      'resumeFrom.accumulatedGrad'
    )
    const lab = { ...request, config: { ...forgets, mistakes: undefined } }
    expect(firstProblem(trainRequestSchema, lab)).toBe('resumeFrom.accumulatedGrad')
    const short = {
      ...request,
      resumeFrom: { ...without, accumulatedGrad: accumulatedGrad?.slice(1) }
    }
    expect(firstProblem(trainRequestSchema, short)).toBe('resumeFrom.accumulatedGrad')
  })
})

describe('a session with a deliberate mistake', () => {
  const meta = { appVersion: '0.1.0', savedAt: new Date('2026-03-01T09:30:00.000Z') }

  it('comes back exactly, paused mid-run with its accumulated gradient', () => {
    const session = trainedSession(toyDataset(), forgets, 17)
    expect(session.run?.trainer?.accumulatedGrad).toHaveLength(3)
    const decoded = decodeSession(encodeSession(session, meta))
    expect(decoded.ok && decoded.session).toEqual(session)
  })

  it('is refused when its saved gradient does not belong to its settings', () => {
    const session = trainedSession(toyDataset(), forgets, 17)
    const run = session.run as NonNullable<Session['run']>
    const broken: Session = {
      ...session,
      run: { ...run, config: { ...forgets, mistakes: undefined } }
    }
    const decoded = decodeSession(
      encodeSession(session, meta).replace(
        /"mistakes":\{"forgetZeroGrad":true,"loss":"mse"\}/g,
        '"mistakes":{"forgetZeroGrad":false,"loss":"mse"}'
      )
    )
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) expect(decoded.error).toMatchObject({ field: 'run.trainer.accumulatedGrad' })
    expect(() => encodeSession(broken, meta)).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({ field: 'run.trainer.accumulatedGrad' })
      })
    )
  })
})
