import { describe, expect, it } from 'vitest'
import {
  defaultAdam,
  defaultSgd,
  labConfig,
  validateTrainingConfig,
  type TrainingConfig
} from '@core'

const fieldsOf = (config: TrainingConfig): string[] =>
  validateTrainingConfig(config).map((issue) => issue.field)

describe('validateTrainingConfig', () => {
  it("finds nothing wrong with the lab's config or PyTorch's Adam defaults", () => {
    expect(validateTrainingConfig(labConfig)).toEqual([])
    expect(validateTrainingConfig({ ...labConfig, optimizer: defaultAdam })).toEqual([])
    expect(validateTrainingConfig({ ...labConfig, epochs: 0, batchSize: 1 })).toEqual([])
  })

  it('names each loop setting that cannot run', () => {
    expect(fieldsOf({ ...labConfig, epochs: 1.5 })).toEqual(['epochs'])
    expect(fieldsOf({ ...labConfig, logEvery: 0 })).toEqual(['logEvery'])
    expect(fieldsOf({ ...labConfig, seed: -1 })).toEqual(['seed'])
    expect(fieldsOf({ ...labConfig, threshold: 1.5 })).toEqual(['threshold'])
    expect(fieldsOf({ ...labConfig, threshold: Number.NaN })).toEqual(['threshold'])
    expect(fieldsOf({ ...labConfig, batchSize: 2.5 })).toEqual(['batchSize'])
  })

  it("refuses what torch.optim.SGD refuses, with PyTorch's nesterov rule", () => {
    const sgd = (o: Partial<typeof defaultSgd>): TrainingConfig => ({
      ...labConfig,
      optimizer: { ...defaultSgd, ...o }
    })
    expect(fieldsOf(sgd({ lr: -0.1 }))).toEqual(['optimizer.lr'])
    expect(fieldsOf(sgd({ momentum: -1 }))).toEqual(['optimizer.momentum'])
    expect(fieldsOf(sgd({ weightDecay: -1 }))).toEqual(['optimizer.weightDecay'])
    expect(fieldsOf(sgd({ nesterov: true }))).toEqual(['optimizer.nesterov'])
    expect(fieldsOf(sgd({ nesterov: true, momentum: 0.9, dampening: 0.1 }))).toEqual([
      'optimizer.nesterov'
    ])
    expect(fieldsOf(sgd({ nesterov: true, momentum: 0.9 }))).toEqual([])
    expect(fieldsOf(sgd({ lr: Infinity }))).toEqual(['optimizer.lr'])
  })

  it('refuses what torch.optim.Adam refuses: betas outside [0, 1), negative eps', () => {
    const adam = (o: Partial<typeof defaultAdam>): TrainingConfig => ({
      ...labConfig,
      optimizer: { ...defaultAdam, ...o }
    })
    expect(fieldsOf(adam({ beta1: 1 }))).toEqual(['optimizer.beta1'])
    expect(fieldsOf(adam({ beta2: -0.1 }))).toEqual(['optimizer.beta2'])
    expect(fieldsOf(adam({ eps: -1e-8 }))).toEqual(['optimizer.eps'])
    expect(fieldsOf(adam({ beta1: 0, eps: 0 }))).toEqual([])
  })
})
