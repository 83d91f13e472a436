// The printed report's facts: class counts, and the first rows with the window's H(x) and the
// prediction at the threshold (the accuracy is the Prediction panel's confusion summary).
import { describe, expect, it } from 'vitest'
import { probabilities } from '@core/kernel'
import { toyDataset } from '@core/toy'
import { classCounts, firstPredictions } from '@renderer/components/report/reportFacts'

/** H(x) of every lab row under the lab's trained model, as the window's predictions hold it. */
function labProbabilities(): Float64Array {
  const lab = toyDataset()
  const out = new Float64Array(lab.rows)
  const params = Float64Array.from([3.253, 1.5179, -14.4819])
  probabilities({ x: lab.x, y: lab.y, d: lab.cols }, params, 0, lab.rows, out)
  return out
}

describe('report facts', () => {
  it("counts the lab's classes: three of each", () => {
    expect(classCounts(toyDataset())).toEqual({ zeros: 3, ones: 3 })
  })

  it('gives the first rows with H(x) and the prediction at the threshold', () => {
    const rows = firstPredictions(toyDataset(), labProbabilities(), 0.5, 4)
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4])
    expect(rows[0]?.features).toEqual([1, 2])
    expect(rows.map((row) => row.label)).toEqual([0, 0, 0, 1])
    expect(rows.map((row) => row.predicted)).toEqual([0, 0, 0, 1])
    expect(rows[3]?.probability).toBeCloseTo(0.9562, 4)
    // A threshold above every H(x) predicts 0 everywhere.
    const strict = firstPredictions(toyDataset(), labProbabilities(), 0.9999, 6)
    expect(strict).toHaveLength(6)
    expect(strict.every((r) => r.predicted === 0)).toBe(true)
  })

  it('shows no rows while there are no predictions for these rows (a column just added)', () => {
    expect(firstPredictions(toyDataset(), null, 0.5, 4)).toEqual([])
    expect(firstPredictions(toyDataset(), labProbabilities().subarray(0, 5), 0.5, 4)).toEqual([])
  })
})
