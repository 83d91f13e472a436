// Polynomial features and the map the boundary plot reads them with.
import { describe, expect, it } from 'vitest'
import {
  builtInData,
  featureMapOf,
  linear,
  mappedLogit,
  polynomialNames,
  polynomialValue,
  toyDataset,
  withPolynomialFeatures,
  type Dataset
} from '@core'

const poly = (dataset: Dataset): Dataset => {
  const result = withPolynomialFeatures(dataset)
  if (result === null) throw new Error('not two features')
  return result
}

describe('polynomial features', () => {
  it("appends x1^2, x2^2 and x1*x2 to the lab's data", () => {
    const data = poly(toyDataset())
    expect(data.featureNames).toEqual(['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2'])
    expect(Array.from(data.x.subarray(0, 10))).toEqual([1, 2, 1, 4, 2, 2, 3, 4, 9, 6])
    expect(Array.from(data.y)).toEqual([0, 0, 0, 1, 1, 1])
  })

  it('keeps products of decimals decimal (1.1^2 = 1.21, not 1.2100000000000002)', () => {
    expect(1.1 * 1.1).toBe(1.2100000000000002)
    expect(polynomialValue(1.1, 1.1)).toBe(1.21)
    expect(polynomialValue(0.681, 0.681)).toBe(0.463761)
    expect(polynomialValue(-0.5, 0)).toBe(0)
    expect(Object.is(polynomialValue(-0.5, 0), -0)).toBe(false)
  })

  it('names the columns after any two features, cut to the app’s name length', () => {
    expect(polynomialNames('sepal length', 'sepal width')).toEqual([
      'sepal length^2',
      'sepal width^2',
      'sepal length*sepal width'
    ])
    const long = 'a'.repeat(150)
    expect(polynomialNames(long, long)[2]).toHaveLength(200)
  })

  it('applies only to two features', () => {
    const iris4 = builtInData('iris4')
    expect(iris4.ok && withPolynomialFeatures(iris4.data.dataset)).toBeNull()
  })
})

describe('featureMapOf', () => {
  it('maps plain two-feature data to its own two axes', () => {
    expect(featureMapOf(toyDataset())).toEqual({
      base: ['x1', 'x2'],
      powers: [
        [1, 0],
        [0, 1]
      ],
      polynomial: false
    })
  })

  it('recognises polynomial columns, however they were made', () => {
    const result = builtInData('xor', { polynomial: true })
    if (!result.ok) throw new Error()
    const map = featureMapOf(result.data.dataset)
    expect(map).toEqual({
      base: ['x1', 'x2'],
      powers: [
        [1, 0],
        [0, 1],
        [2, 0],
        [0, 2],
        [1, 1]
      ],
      polynomial: true
    })
  })

  it('says null where the columns are independent: other widths, or a polynomial cell edited', () => {
    const iris4 = builtInData('iris4')
    expect(iris4.ok && featureMapOf(iris4.data.dataset)).toBeNull()
    const data = poly(toyDataset())
    const edited = { ...data, x: Float64Array.from(data.x) }
    edited.x[5 * 3 + 4] += 1
    expect(featureMapOf(edited)).toBeNull()
  })

  it("gives the model's own z at every data point (what the plot shades in the base plane)", () => {
    const result = builtInData('blobs', { rows: 40, polynomial: true })
    if (!result.ok) throw new Error()
    const { dataset } = result.data
    const map = featureMapOf(dataset)
    if (map === null) throw new Error('no map')
    const params = Float64Array.of(0.7, -1.3, 0.25, 2, -0.5, 0.1)
    for (let i = 0; i < dataset.rows; i++) {
      const z = linear(dataset.x, i * 5, params, 5)
      const mapped = mappedLogit(map, params, params[5], dataset.x[i * 5], dataset.x[i * 5 + 1])
      expect(Math.abs(mapped - z)).toBeLessThan(1e-12)
    }
  })
})
