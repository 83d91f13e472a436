// The four runs of the lab notebook (deeplearningzerotoall/PyTorch, lab-05) that issue 2 quotes,
// as PyTorch printed them: every logged epoch within 2e-6 of PyTorch's cost, and the accuracy to
// the two decimals the lab prints.
import { describe, expect, it } from 'vitest'
import {
  Trainer,
  costAccuracyLine,
  costLine,
  formatFixed,
  labConfig,
  toyDataset,
  type Dataset,
  type EpochRecord,
  type InitKind
} from '@core'
import { diabetesDataset } from '../support/diabetes'

function logged(data: Dataset, init: InitKind, epochs: number, every: number): EpochRecord[] {
  const trainer = Trainer.start(data, { ...labConfig, init, seed: 1, epochs, logEvery: every })
  const records: EpochRecord[] = []
  trainer.run(Infinity, (record) => {
    if (record.epoch % every === 0) records.push(record)
  })
  return records
}

function expectCosts(records: EpochRecord[], costs: number[]): void {
  expect(records.map((r) => r.epoch)).toEqual(costs.map((_, k) => (k * records[1].epoch) as number))
  records.forEach((record, k) =>
    expect(Math.abs(record.cost - costs[k]), `epoch ${record.epoch}`).toBeLessThanOrEqual(2e-6)
  )
}

function expectAccuracies(records: EpochRecord[], percents: number[]): void {
  expect(records.map((r) => formatFixed(r.accuracy * 100, 2))).toEqual(
    percents.map((p) => formatFixed(p, 2))
  )
}

describe('the lab, reproduced', () => {
  it('reproduces the lab: Epoch 1000/1000 Cost: 0.019852 (toy, zeros, SGD lr 1)', () => {
    const records = logged(toyDataset(), 'zeros', 1000, 100)
    expectCosts(
      records,
      [
        0.693147, 0.134722, 0.080643, 0.0579, 0.0453, 0.037261, 0.031673, 0.027556, 0.024394,
        0.021888, 0.019852
      ]
    )
    expect(costLine(1000, 1000, records[10].cost)).toBe('Epoch 1000/1000 Cost: 0.019852')
    expect(costLine(0, 1000, records[0].cost)).toBe('Epoch    0/1000 Cost: 0.693147')
  })

  it('reproduces the toy run with torch init seed 1: 0.539713/83.33% .. 0.134272/100%', () => {
    const records = logged(toyDataset(), 'torch', 100, 10)
    expectCosts(
      records,
      [
        0.539713, 0.614853, 0.441875, 0.373145, 0.316358, 0.266094, 0.220498, 0.182095, 0.157299,
        0.144091, 0.134272
      ]
    )
    expectAccuracies(records, [83.33, 66.67, 66.67, 83.33, 83.33, 83.33, 100, 100, 100, 100, 100])
    expect(costAccuracyLine(100, 100, records[10].cost, records[10].accuracy)).toBe(
      'Epoch  100/100 Cost: 0.134272 Accuracy 100.00%'
    )
  })

  it('reproduces diabetes with zeros: 0.693147 .. Epoch 100/100 Cost: 0.480661', () => {
    const records = logged(diabetesDataset(), 'zeros', 100, 10)
    expectCosts(
      records,
      [
        0.693147, 0.572727, 0.539493, 0.519708, 0.507066, 0.498539, 0.492549, 0.488209, 0.484985,
        0.482543, 0.480661
      ]
    )
  })

  it('reproduces diabetes with torch init seed 1: 0.704829/45.72% .. 0.481234/76.81%', () => {
    const records = logged(diabetesDataset(), 'torch', 100, 10)
    expectCosts(
      records,
      [
        0.704829, 0.572392, 0.539563, 0.520041, 0.507561, 0.499125, 0.493177, 0.488846, 0.485612,
        0.483146, 0.481234
      ]
    )
    expectAccuracies(
      records,
      [45.72, 67.59, 73.25, 75.89, 76.15, 76.42, 77.21, 76.81, 76.28, 76.55, 76.81]
    )
  })
})
