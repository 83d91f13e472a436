// Weights CSV and predictions CSV: the documented columns, numbers that read back exactly, and
// H(x) and predictions equal to what the trainer shows for the same weights.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { predictionsToCsv, weightsToCsv } from '@core/export'
import { trainedCases } from '../../support/exportModels'

const parse = (text: string): string[][] =>
  Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: true }).data

describe('weightsToCsv', () => {
  it('writes one row per weight named by its feature, then the bias and the threshold', () => {
    const { model } = trainedCases()[0]
    const rows = parse(weightsToCsv(model))
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['parameter', 'feature'],
      ['weight', 'x1'],
      ['weight', 'x2'],
      ['bias', ''],
      ['threshold', '']
    ])
    expect(rows.slice(1).map((row) => Number(row[2]))).toEqual([
      ...model.weights,
      model.bias,
      model.threshold
    ])
    expect(rows[1][2]).toMatch(/^3\.2529/)
    expect(rows[3][2]).toMatch(/^-14\.4818/)
  })

  it('quotes feature names that hold commas, quotes or line breaks, so they read back', () => {
    const names = ['hours, lecture', 'say "hi"\nnow']
    const model = { featureNames: names, weights: [1.5, -0.25], bias: 0.125, threshold: 0.5 }
    expect(
      parse(weightsToCsv(model))
        .slice(1, 3)
        .map((row) => row[1])
    ).toEqual(names)
  })
})

describe('predictionsToCsv', () => {
  for (const { name, model, dataset, evaluation } of trainedCases()) {
    it(`writes the ${name} data with the trainer's H(x) and prediction of each row, exactly`, () => {
      const rows = parse(predictionsToCsv(model, dataset))
      const d = dataset.cols
      expect(rows[0]).toEqual([...dataset.featureNames, 'y', 'H(x)', 'prediction'])
      expect(rows).toHaveLength(dataset.rows + 1)
      rows.slice(1).forEach((row, i) => {
        const numbers = row.map(Number)
        expect(numbers.slice(0, d)).toEqual(Array.from(dataset.x.subarray(i * d, (i + 1) * d)))
        expect(numbers[d]).toBe(dataset.y[i])
        expect(numbers[d + 1]).toBe(evaluation.probabilities[i])
        expect(numbers[d + 2]).toBe(evaluation.predictions[i])
      })
    })
  }

  it('names the label column as asked', () => {
    const { model, dataset } = trainedCases()[0]
    expect(parse(predictionsToCsv(model, dataset, { labelName: 'passed' }))[0][2]).toBe('passed')
  })
})
