import { describe, expect, it } from 'vitest'
import { defaultAdam, labConfig, type TrainingConfig } from '@core/config'
import { withMistake } from '@core/mistakes'
import { createAppI18n } from '@renderer/i18n'
import { differenceLabels } from '@renderer/components/compare/compareLabels'

const en = createAppI18n('en').global.t
const ko = createAppI18n('ko').global.t
const lr = (value: number): TrainingConfig => ({
  ...labConfig,
  optimizer: { ...labConfig.optimizer, lr: value }
})

describe('differenceLabels', () => {
  it('names runs by the settings in which they differ', () => {
    expect(differenceLabels([lr(1), lr(0.1)], en)).toEqual(['lr 1', 'lr 0.1'])
    expect(differenceLabels([labConfig, { ...labConfig, init: 'torch' }], en)).toEqual([
      'zeros',
      'torch init'
    ])
    const adam = { ...labConfig, optimizer: { ...defaultAdam } }
    expect(differenceLabels([labConfig, adam], en)).toEqual([
      'SGD, lr 1, momentum 0',
      'Adam, lr 0.001, β₁ 0.9, β₂ 0.999'
    ])
  })

  it('names a deliberate mistake beside the correct run, in both languages', () => {
    const forgot = withMistake(labConfig, 'forgetZeroGrad')
    expect(differenceLabels([labConfig, forgot], en)).toEqual([
      'no mistake',
      'Forget optimizer.zero_grad()'
    ])
    const [correct, mistaken] = differenceLabels([labConfig, forgot], ko)
    expect(correct).toBe('실수 없음')
    expect(mistaken).toBe(ko('mistakes.forgetZeroGrad.name'))
    const tooLarge = withMistake(labConfig, 'lrTooLarge')
    expect(differenceLabels([labConfig, tooLarge], en)[1]).toBe(
      'lr 100 (A learning rate far too large)'
    )
  })

  it('names identical runs, and a run alone, by optimizer and rate', () => {
    expect(differenceLabels([labConfig, labConfig], en)).toEqual(['SGD, lr 1', 'SGD, lr 1'])
    expect(differenceLabels([labConfig], en)).toEqual(['SGD, lr 1'])
  })
})
