// What can be exported: every exporter refuses (throws) a model that exportIssues() reports,
// and exportIssues() says why as data. The import caps restate shared/limits.ts's.
import { describe, expect, it } from 'vitest'
import { toyDataset } from '@core'
import {
  MAX_IMPORT_FEATURES,
  MAX_IMPORT_FEATURE_NAME_LENGTH,
  exportIssues,
  predictionsToCsv,
  pytorchScript,
  sklearnScript,
  weightsToCsv,
  weightsToJson,
  weightsToOnnx,
  weightsToSafetensors,
  type ExportModel
} from '@core/export'
import { MAX_COLS, MAX_FEATURE_NAME_LENGTH } from '@shared/limits'

const model: ExportModel = { featureNames: ['x1', 'x2'], weights: [1, 2], bias: -3, threshold: 0.5 }

describe('exportIssues', () => {
  it('is empty for a finite model that fits its data', () => {
    expect(exportIssues(model, toyDataset())).toEqual([])
  })

  it('names each problem: no weights, names, non-float32 numbers, threshold, data width', () => {
    expect(exportIssues({ ...model, weights: [], featureNames: [] })).toEqual([
      { code: 'noWeights', field: 'weights' }
    ])
    expect(
      exportIssues(
        { featureNames: ['x1'], weights: [1, Number.NaN], bias: 1e39, threshold: 1.5 },
        { ...toyDataset(), cols: 3 }
      )
    ).toEqual([
      { code: 'featureNameCount', field: 'featureNames', actual: 1, expected: 2 },
      { code: 'notFloat32', field: 'weights[1]' },
      { code: 'notFloat32', field: 'bias' },
      { code: 'threshold', field: 'threshold' },
      { code: 'dataWidth', field: 'dataset.cols', actual: 3, expected: 2 }
    ])
  })

  it('makes every exporter throw rather than write a broken file', () => {
    const diverged = { ...model, weights: [Infinity, 1] }
    const data = toyDataset()
    const exporters = [
      () => weightsToJson(diverged),
      () => weightsToCsv(diverged),
      () => predictionsToCsv(diverged, data),
      () => pytorchScript(diverged, data),
      () => sklearnScript(diverged, data),
      () => weightsToSafetensors(diverged),
      () => weightsToOnnx(diverged),
      () => pytorchScript(model, { ...data, cols: 3 })
    ]
    for (const exporter of exporters) expect(exporter).toThrow(RangeError)
  })
})

describe('import caps', () => {
  it("equal shared/limits.ts's (core cannot import shared)", () => {
    expect(MAX_IMPORT_FEATURES).toBe(MAX_COLS)
    expect(MAX_IMPORT_FEATURE_NAME_LENGTH).toBe(MAX_FEATURE_NAME_LENGTH)
  })
})
