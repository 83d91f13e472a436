// The registry of built-in sets: Iris as the package ships it, the parameters each set takes and
// their checks (errors as data), and the bounds inside the app's data limits.
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_DATASETS,
  BUILT_IN_DATASET_IDS,
  DERIVED_NAME_MAX,
  MAX_GENERATED_ROWS,
  builtInData,
  toyDataset,
  validateTable,
  type BuiltInData,
  type BuiltInDataRequest,
  type BuiltInDatasetId
} from '@core'
import { MAX_FEATURE_NAME_LENGTH, dataLimitIssue } from '@shared/limits'

function load(id: BuiltInDatasetId, request: BuiltInDataRequest = {}): BuiltInData {
  const result = builtInData(id, request)
  if (!result.ok) throw new Error(JSON.stringify(result.issue))
  return result.data
}

const count = (y: Float64Array, label: number): number => y.filter((v) => v === label).length

describe('the built-in data sets', () => {
  it('lists every id once, each with the keys of its name and story', () => {
    expect(Object.keys(BUILT_IN_DATASETS)).toEqual([...BUILT_IN_DATASET_IDS])
    for (const id of BUILT_IN_DATASET_IDS) {
      expect(BUILT_IN_DATASETS[id].id).toBe(id)
      expect(BUILT_IN_DATASETS[id].storyKey).toBe(`datasets.sets.${id}.story`)
    }
  })

  it("lab: the lab's six students", () => {
    const { dataset, labelName, params } = load('lab')
    expect(dataset).toEqual(toyDataset())
    expect(labelName).toBe('y')
    expect(params).toEqual({ rows: null, noise: null, seed: null, polynomial: false })
  })

  it('iris: 100 flowers, 50 setosa (0) and 50 versicolor (1), by the sepals', () => {
    const { dataset, labelName } = load('iris')
    expect([dataset.rows, dataset.cols]).toEqual([100, 2])
    expect(dataset.featureNames).toEqual(['sepal length', 'sepal width'])
    expect(labelName).toBe('versicolor')
    expect([count(dataset.y, 0), count(dataset.y, 1)]).toEqual([50, 50])
    // The package's first flower (setosa) and its 51st (the first versicolor)
    expect(Array.from(dataset.x.subarray(0, 2))).toEqual([5.1, 3.5])
    expect(Array.from(dataset.x.subarray(100, 102))).toEqual([7, 3.2])
  })

  it('iris4: 100 flowers, 50 versicolor (0) and 50 virginica (1), by all four measurements', () => {
    const { dataset, labelName } = load('iris4')
    expect([dataset.rows, dataset.cols]).toEqual([100, 4])
    expect(labelName).toBe('virginica')
    expect([count(dataset.y, 0), count(dataset.y, 1)]).toEqual([50, 50])
    expect(Array.from(dataset.x.subarray(0, 4))).toEqual([7, 3.2, 4.7, 1.4])
  })

  it('every set, with its defaults and with polynomial features where they apply, is valid data', () => {
    for (const id of BUILT_IN_DATASET_IDS) {
      const requests: BuiltInDataRequest[] = BUILT_IN_DATASETS[id].polynomial
        ? [{}, { polynomial: true }]
        : [{}]
      for (const request of requests) {
        const { dataset } = load(id, request)
        const rows = Array.from({ length: dataset.rows }, (_, i) =>
          Array.from(dataset.x.subarray(i * dataset.cols, (i + 1) * dataset.cols))
        )
        const checked = validateTable({
          featureNames: dataset.featureNames,
          x: rows,
          y: [...dataset.y]
        })
        expect(checked.ok && checked.warnings, `${id} ${JSON.stringify(request)}`).toEqual([])
      }
    }
  })

  it('generated sets take rows, noise, seed and polynomial features, with defaults', () => {
    const { dataset, params } = load('blobs', { rows: 200, noise: 0.5, seed: 3, polynomial: true })
    expect(params).toEqual({ rows: 200, noise: 0.5, seed: 3, polynomial: true })
    expect([dataset.rows, dataset.cols]).toEqual([200, 5])
    expect(dataset.featureNames).toEqual(['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2'])
    expect(load('xor').params).toEqual({ rows: 100, noise: 0.4, seed: 1, polynomial: false })
  })

  it('refuses what a set does not take, as data', () => {
    expect(builtInData('lab', { rows: 10 })).toEqual({
      ok: false,
      issue: { code: 'notApplicable', id: 'lab', param: 'rows' }
    })
    expect(builtInData('iris', { seed: 2 })).toMatchObject({
      ok: false,
      issue: { code: 'notApplicable', param: 'seed' }
    })
    expect(builtInData('iris4', { polynomial: true })).toMatchObject({
      ok: false,
      issue: { code: 'notApplicable', param: 'polynomial' }
    })
  })

  it.each<[BuiltInDataRequest, string, number]>([
    [{ rows: 3 }, 'rows', 3],
    [{ rows: MAX_GENERATED_ROWS + 1 }, 'rows', MAX_GENERATED_ROWS + 1],
    [{ rows: 10.5 }, 'rows', 10.5],
    [{ noise: -0.1 }, 'noise', -0.1],
    [{ noise: Number.NaN }, 'noise', Number.NaN],
    [{ seed: -1 }, 'seed', -1],
    [{ seed: 1.5 }, 'seed', 1.5]
  ])('refuses %j as out of range', (request, param, value) => {
    const result = builtInData('separable', request)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issue).toMatchObject({ code: 'outOfRange', id: 'separable', param })
    expect(Object.is(result.issue.code === 'outOfRange' && result.issue.value, value)).toBe(true)
  })

  it("stays inside the app's data limits", () => {
    expect(dataLimitIssue(MAX_GENERATED_ROWS, 5)).toBeNull()
    expect(DERIVED_NAME_MAX).toBe(MAX_FEATURE_NAME_LENGTH)
    const largest = load('xor', { rows: MAX_GENERATED_ROWS, polynomial: true }).dataset
    expect(largest.x.length).toBe(MAX_GENERATED_ROWS * 5)
  })
})
