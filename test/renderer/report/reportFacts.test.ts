// The printed report's facts: class counts, the first rows' H(x) and the accuracy, computed from
// the data and the shown model as the Predictions panel computes them.
import { describe, expect, it } from 'vitest'
import { toyDataset } from '@core/toy'
import { accuracyOf, classCounts, firstPredictions } from '@renderer/components/report/reportFacts'

const trained = { weights: [3.253, 1.5179], bias: -14.4819, source: 'model' as const }

describe('report facts', () => {
  it("counts the lab's classes: three of each", () => {
    expect(classCounts(toyDataset())).toEqual({ zeros: 3, ones: 3 })
  })

  it('gives the first rows with H(x) and the prediction at the threshold', () => {
    const rows = firstPredictions(toyDataset(), trained, 0.5, 4)
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4])
    expect(rows[0]?.features).toEqual([1, 2])
    expect(rows.map((row) => row.predicted)).toEqual([0, 0, 0, 1])
    expect(rows[3]?.probability).toBeCloseTo(0.9562, 4)
    // A threshold above every H(x) predicts 0 everywhere.
    expect(firstPredictions(toyDataset(), trained, 0.9999, 6).every((r) => r.predicted === 0)).toBe(
      true
    )
  })

  it('shows no rows while the model and the data disagree (a column just added)', () => {
    expect(firstPredictions(toyDataset(), { ...trained, weights: [1] }, 0.5, 4)).toEqual([])
    expect(accuracyOf(toyDataset(), { ...trained, weights: [1] }, 0.5)).toBeNull()
  })

  it('counts the rows predicted right', () => {
    expect(accuracyOf(toyDataset(), trained, 0.5)).toEqual({ value: 1, correct: 6, rows: 6 })
    const zeros = { weights: [0, 0], bias: 0, source: 'initial' as const }
    // H(x) = 0.5 everywhere: every row is predicted 1, right for the three passes.
    expect(accuracyOf(toyDataset(), zeros, 0.5)).toEqual({ value: 0.5, correct: 3, rows: 6 })
  })
})
