// Standardization (src/core/standardize.ts): population μ and σ per column, constant columns
// left as they are, the model folded back into raw units predicting what the standardized model
// predicts, and every door that starts a trainer (here the runner host) training on x'.
import { describe, expect, it } from 'vitest'
import {
  Trainer,
  labConfig,
  probabilities,
  rawUnitModel,
  standardizationOf,
  standardizeDataset,
  toyDataset,
  trainingDataset,
  type Dataset
} from '@core'
import { createRunnerHost } from '@core/runnerHost'
import type { RunData } from '@core/runnerTypes'
import { toyRequest } from './runnerFakes'

function table(rows: number[][], y: number[]): Dataset {
  const cols = rows[0].length
  return {
    rows: rows.length,
    cols,
    x: Float64Array.from(rows.flat()),
    y: Float64Array.from(y),
    featureNames: Array.from({ length: cols }, (_, j) => `x${j + 1}`)
  }
}

function probabilitiesOf(data: Dataset, weights: readonly number[], bias: number): number[] {
  const out = new Float64Array(data.rows)
  const params = Float64Array.from([...weights, bias])
  probabilities({ x: data.x, y: data.y, d: data.cols }, params, 0, data.rows, out)
  return Array.from(out)
}

describe('standardizationOf', () => {
  it('takes the mean and the population sd (divided by n, as StandardScaler), per column', () => {
    // Column 1: 1, 2, 3, 6: mean 3, squares 4 + 1 + 0 + 9 = 14, population sd sqrt(14 / 4).
    const s = standardizationOf(
      table(
        [
          [1, 10],
          [2, 10],
          [3, 20],
          [6, 40]
        ],
        [0, 0, 1, 1]
      )
    )
    expect(s.mean).toEqual([3, 20])
    expect(s.sd[0]).toBeCloseTo(Math.sqrt(14 / 4), 15)
    expect(s.sd[1]).toBeCloseTo(Math.sqrt((100 + 100 + 0 + 400) / 4), 15)
    expect(s.constant).toEqual([])
  })

  it('names a column of one value as constant, with sd 0, even where sum / n rounds', () => {
    // 0.1 * 3 / 3 is not 0.1 in binary: the column is still constant.
    const s = standardizationOf(
      table(
        [
          [0.1, 1],
          [0.1, 2],
          [0.1, 4]
        ],
        [0, 1, 1]
      )
    )
    expect(s.sd[0]).toBe(0)
    expect(s.constant).toEqual([0])
  })
})

describe('standardizeDataset', () => {
  it('gives every other column mean 0 and population sd 1, and leaves a constant one as it is', () => {
    const data = table(
      [
        [1, 5, 7],
        [2, 5, 9],
        [4, 5, 14]
      ],
      [0, 1, 1]
    )
    const out = standardizeDataset(data)
    const after = standardizationOf(out)
    expect(after.mean[0]).toBeCloseTo(0, 14)
    expect(after.sd[0]).toBeCloseTo(1, 14)
    expect(after.mean[2]).toBeCloseTo(0, 14)
    expect(after.sd[2]).toBeCloseTo(1, 14)
    expect([out.x[1], out.x[4], out.x[7]]).toEqual([5, 5, 5])
    expect(Array.from(data.x)).toEqual([1, 5, 7, 2, 5, 9, 4, 5, 14]) // the table stays raw
  })

  it('is what trainingDataset gives a standardized run, and the data itself otherwise', () => {
    const toy = toyDataset()
    expect(trainingDataset(toy, labConfig)).toBe(toy)
    expect(trainingDataset(toy, { ...labConfig, standardize: false })).toBe(toy)
    expect(Array.from(trainingDataset(toy, { ...labConfig, standardize: true }).x)).toEqual(
      Array.from(standardizeDataset(toy).x)
    )
  })
})

describe('rawUnitModel', () => {
  it('folds the scaling into W and b: W/σ and b - Σ W μ/σ (a constant column unscaled)', () => {
    const s = { mean: [3, 5], sd: [2, 0], constant: [1] }
    const raw = rawUnitModel([4, 1.5], 0.5, s)
    expect(raw.weights).toEqual([2, 1.5])
    expect(raw.bias).toBe(0.5 - (4 * 3) / 2)
  })

  it('predicts on the raw toy data what the trained model predicts on the standardized', () => {
    const toy = toyDataset()
    const config = { ...labConfig, standardize: true }
    const trainer = Trainer.start(trainingDataset(toy, config), config)
    trainer.run(Infinity, () => {})
    const raw = rawUnitModel(trainer.weights, trainer.bias, standardizationOf(toy))
    const ours = probabilitiesOf(toy, raw.weights, raw.bias)
    const trained = probabilitiesOf(standardizeDataset(toy), trainer.weights, trainer.bias)
    ours.forEach((p, i) => expect(p).toBeCloseTo(trained[i], 12))
    expect(Array.from(trainer.evaluate().predictions)).toEqual(ours.map((p) => (p >= 0.5 ? 1 : 0)))
  })
})

describe('the runner host', () => {
  it('trains a standardized run (and hands its accumulator) the standardized features', () => {
    let offered: RunData | null = null
    const host = createRunnerHost(() => {}, {
      accumulatorFor: (data) => {
        offered = data
        return undefined
      }
    })
    const request = toyRequest({ standardize: true })
    host.handle({ type: 'start', runId: 'a', request })
    host.dispose()
    expect(offered).not.toBeNull()
    expect(Array.from(offered!.x)).toEqual(Array.from(standardizeDataset(toyDataset()).x))
    expect(Array.from(request.data.x)).toEqual(Array.from(toyDataset().x)) // not changed in place
  })
})
