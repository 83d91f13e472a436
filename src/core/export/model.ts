// What every exporter takes: the trained model as the app shows it, and, for the formats that
// carry or evaluate data, the data set. Exporters trust a model that passed exportIssues(); the
// app and the CLI check first and say why an export is not possible (a diverged run, say).
import type { Dataset } from '../dataset'
import { FLOAT32_MAX } from '../float32'

/** H(x) = sigmoid(x·weights + bias); predict 1 where H(x) >= threshold. */
export interface ExportModel {
  /** One name per weight, in the data's column order. */
  readonly featureNames: readonly string[]
  readonly weights: readonly number[]
  readonly bias: number
  /** In [0, 1]. */
  readonly threshold: number
}

export type ExportIssueCode =
  | 'noWeights' // d = 0
  | 'featureNameCount' // featureNames.length !== weights.length
  | 'notFloat32' // a weight or the bias is NaN, infinite or beyond float32 (the F32 formats)
  | 'threshold' // not a number in [0, 1]
  | 'dataWidth' // the data set has another number of features than the model

export interface ExportIssue {
  code: ExportIssueCode
  /** 'weights[3]', 'bias', 'threshold', 'featureNames', 'dataset.cols'. */
  field: string
  /** For counts: the count there is, and the one there should be. */
  actual?: number
  expected?: number
}

/** Finite and within float32's range, as every format that holds float32 needs. */
export function isFloat32Finite(value: number): boolean {
  return Math.abs(value) <= FLOAT32_MAX
}

/** Every reason `model` (with `dataset`, when the format evaluates it) cannot be exported. */
export function exportIssues(model: ExportModel, dataset?: Dataset): ExportIssue[] {
  const issues: ExportIssue[] = []
  const d = model.weights.length
  if (d === 0) issues.push({ code: 'noWeights', field: 'weights' })
  if (model.featureNames.length !== d) {
    issues.push({
      code: 'featureNameCount',
      field: 'featureNames',
      actual: model.featureNames.length,
      expected: d
    })
  }
  model.weights.forEach((w, j) => {
    if (!isFloat32Finite(w)) issues.push({ code: 'notFloat32', field: `weights[${j}]` })
  })
  if (!isFloat32Finite(model.bias)) issues.push({ code: 'notFloat32', field: 'bias' })
  if (!(model.threshold >= 0 && model.threshold <= 1)) {
    issues.push({ code: 'threshold', field: 'threshold' })
  }
  if (dataset !== undefined && dataset.cols !== d) {
    issues.push({ code: 'dataWidth', field: 'dataset.cols', actual: dataset.cols, expected: d })
  }
  return issues
}

/** Throws on a model that exportIssues() refuses: calling an exporter with one is a bug. */
export function assertExportable(model: ExportModel, dataset?: Dataset): void {
  const issue = exportIssues(model, dataset)[0]
  if (issue !== undefined) throw new RangeError(`cannot export: ${issue.code} at ${issue.field}`)
}
