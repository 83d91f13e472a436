// The deliberate mistakes' switches (src/core/mistakes.ts) and what the trainer does with them
// beyond PyTorch's numbers (mistakes.pytorch.test.ts): resuming a run that forgets zero_grad
// exactly, refusing a saved state that does not fit, the mistaken cost in the evaluation.
import { describe, expect, it } from 'vitest'
import {
  MISTAKES,
  MISTAKE_IDS,
  TOO_LARGE_LEARNING_RATE,
  Trainer,
  activeMistakes,
  defaultAdam,
  float32Sigmoid,
  hasMistake,
  labConfig,
  toyDataset,
  validateTrainingConfig,
  withMistake,
  type EpochRecord,
  type TrainerState,
  type TrainingConfig
} from '@core'

const toy = toyDataset()

function records(trainer: Trainer, epochs = Infinity): EpochRecord[] {
  const out: EpochRecord[] = []
  trainer.run(epochs, (r) => out.push(r))
  return out
}

describe('switching mistakes', () => {
  it('on and off, leaving no trace of a mistake switched off', () => {
    const zeroGrad = withMistake(labConfig, 'forgetZeroGrad')
    expect(zeroGrad.mistakes).toEqual({ forgetZeroGrad: true, loss: 'bce' })
    expect(activeMistakes(zeroGrad)).toEqual(['forgetZeroGrad'])
    const both = withMistake(zeroGrad, 'mse')
    expect(activeMistakes(both)).toEqual(['forgetZeroGrad', 'mse'])
    expect(withMistake(withMistake(both, 'mse', false), 'forgetZeroGrad', false)).toEqual(labConfig)
    // switching off a cost that is not on changes nothing
    expect(withMistake(both, 'unclampedLog', false)).toEqual(both)
  })

  it('one cost at a time: no clamp replaces MSE', () => {
    const config = withMistake(withMistake(labConfig, 'mse'), 'unclampedLog')
    expect(config.mistakes?.loss).toBe('unclampedLog')
    expect(hasMistake(config, 'mse')).toBe(false)
    expect(MISTAKES.mse.excludes).toEqual(['unclampedLog'])
  })

  it('the preset sets the rate far too high for the optimizer, and back to the usual one', () => {
    const sgd = withMistake(labConfig, 'lrTooLarge')
    expect(sgd.optimizer.lr).toBe(100)
    expect(sgd.mistakes).toBeUndefined()
    expect(activeMistakes(sgd)).toEqual(['lrTooLarge'])
    const adam: TrainingConfig = { ...labConfig, optimizer: { ...defaultAdam, lr: 0.05 } }
    expect(withMistake(adam, 'lrTooLarge').optimizer.lr).toBe(TOO_LARGE_LEARNING_RATE.adam)
    expect(withMistake(withMistake(adam, 'lrTooLarge'), 'lrTooLarge', false).optimizer.lr).toBe(
      0.001
    )
  })

  it('names every mistake with i18n keys', () => {
    for (const id of MISTAKE_IDS) {
      expect(MISTAKES[id]).toMatchObject({
        id,
        nameKey: `mistakes.${id}.name`,
        explanationKey: `mistakes.${id}.explanation`
      })
    }
  })

  it('refuses a config whose mistakes are not ones it knows', () => {
    const bad = { ...labConfig, mistakes: { forgetZeroGrad: 'yes', loss: 'hinge' } }
    expect(validateTrainingConfig(bad as unknown as TrainingConfig).map((i) => i.field)).toEqual([
      'mistakes.forgetZeroGrad',
      'mistakes.loss'
    ])
  })
})

describe('the trainer with a mistake', () => {
  const forgets = withMistake({ ...labConfig, epochs: 60, batchSize: 4 }, 'forgetZeroGrad')

  it('resumes a run that forgets zero_grad exactly, its gradient saved through JSON', () => {
    const straight = records(Trainer.start(toy, forgets))
    const first = Trainer.start(toy, forgets)
    const before = records(first, 25)
    const state = JSON.parse(JSON.stringify(first.snapshot())) as TrainerState
    expect(state.accumulatedGrad).toHaveLength(3)
    expect(state.accumulatedGrad?.some((g) => g !== 0)).toBe(true)
    const after = records(Trainer.resume(toy, forgets, state))
    expect([...before, ...after]).toEqual(straight)
  })

  it('a run that forgets zero_grad differs from the lab from its second step', () => {
    const lab = records(Trainer.start(toy, { ...forgets, mistakes: undefined }))
    const mistaken = records(Trainer.start(toy, forgets))
    expect(mistaken[0]).toEqual(lab[0])
    expect(mistaken[2].cost).not.toBe(lab[2].cost)
  })

  it('refuses a saved state that does not fit the mistake', () => {
    const trainer = Trainer.start(toy, forgets)
    records(trainer, 3)
    const { accumulatedGrad, ...withoutGrad } = trainer.snapshot()
    expect(() => Trainer.resume(toy, forgets, withoutGrad)).toThrow(/needs its accumulated/)
    const lab = { ...forgets, mistakes: undefined }
    expect(() => Trainer.resume(toy, lab, { ...withoutGrad, accumulatedGrad })).toThrow(
      /belongs to a run that forgets zero_grad/
    )
    const short = { ...withoutGrad, accumulatedGrad: [1, 2] }
    expect(() => Trainer.resume(toy, forgets, short)).toThrow(/gradient has 2 values/)
    const infinite = { ...withoutGrad, accumulatedGrad: [1, Infinity, 0] }
    expect(() => Trainer.resume(toy, forgets, infinite)).toThrow(/not a finite number/)
  })

  it('computes a mistaken cost itself, never through a given accumulator', () => {
    const accumulator = {
      accumulate: () => {
        throw new Error('the BCE accumulator was asked')
      }
    }
    const mse = withMistake({ ...labConfig, epochs: 5 }, 'mse')
    expect(records(Trainer.start(toy, mse, { accumulator }))).toHaveLength(6)
    expect(() => records(Trainer.start(toy, { ...labConfig, epochs: 5 }, { accumulator }))).toThrow(
      /BCE accumulator/
    )
  })

  it('evaluates with the mistaken cost: MSE is the mean of (H(x) - y)^2', () => {
    const trainer = Trainer.start(toy, withMistake({ ...labConfig, epochs: 20 }, 'mse'))
    records(trainer)
    const { cost, probabilities } = trainer.evaluate()
    const expected =
      Array.from(probabilities).reduce((sum, p, i) => sum + (p - toy.y[i]) ** 2, 0) / toy.rows
    expect(cost).toBeCloseTo(expected, 7)
    expect(cost).toBeLessThan(0.25)
  })

  it('H(x) is float32 PyTorch’s: exactly 1 above z ~ 16.64, exactly 0 below z ~ -88.72', () => {
    expect(float32Sigmoid(17)).toBe(1)
    expect(float32Sigmoid(16)).toBeLessThan(1)
    expect(float32Sigmoid(-88)).toBeGreaterThan(0)
    expect(float32Sigmoid(-89)).toBe(0)
    expect(float32Sigmoid(0)).toBe(0.5)
  })
})
