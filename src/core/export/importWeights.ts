// One entry for a weights file of either kind, and whether imported weights fit the data at hand.
import { parseWeightsJson } from './importJson'
import { parseSafetensors } from './importSafetensors'
import { importFailure, type ImportResult, type ImportedWeights } from './importError'
import { MAX_IMPORT_BYTES } from './limits'

export type WeightsFileKind = 'json' | 'safetensors'

/**
 * The kind a file's name says (.json, .safetensors), else its content: a safetensors file starts
 * with its header's length as 8 little-endian bytes, at least two of them 0 for any header under
 * 2^48 bytes, while JSON text never holds a NUL byte.
 */
export function weightsFileKind(bytes: Uint8Array, fileName?: string): WeightsFileKind {
  const name = fileName?.toLowerCase() ?? ''
  if (name.endsWith('.json')) return 'json'
  if (name.endsWith('.safetensors')) return 'safetensors'
  return bytes.subarray(0, 8).includes(0) ? 'safetensors' : 'json'
}

/** Reads weights JSON (UTF-8) or a .safetensors state dict; see importJson / importSafetensors. */
export function importWeightsFile(bytes: Uint8Array, fileName?: string): ImportResult {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return importFailure({ code: 'tooLarge', actual: bytes.length, limit: MAX_IMPORT_BYTES })
  }
  if (weightsFileKind(bytes, fileName) === 'safetensors') return parseSafetensors(bytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return importFailure({ code: 'notUtf8' })
  }
  return parseWeightsJson(text)
}

export type WeightsFitIssue =
  /** Error: the file has another number of weights than the data has features. */
  | { code: 'featureCount'; severity: 'error'; actual: number; expected: number }
  /** Warning: the file names feature `index` differently (the weights still apply by position). */
  | { code: 'featureName'; severity: 'warning'; index: number; actual: string; expected: string }

/** Whether `imported` can be used on data with these features; empty when it fits exactly. */
export function weightsFitIssues(
  imported: ImportedWeights,
  featureNames: readonly string[]
): WeightsFitIssue[] {
  const d = featureNames.length
  if (imported.weights.length !== d) {
    return [
      { code: 'featureCount', severity: 'error', actual: imported.weights.length, expected: d }
    ]
  }
  const index = imported.features?.findIndex((name, j) => name !== featureNames[j]) ?? -1
  if (index < 0 || imported.features === undefined) return []
  return [
    {
      code: 'featureName',
      severity: 'warning',
      index,
      actual: imported.features[index],
      expected: featureNames[index]
    }
  ]
}

/** A plain-English sentence for a fit issue (the CLI's). */
export function describeWeightsFitIssue(issue: WeightsFitIssue): string {
  if (issue.code === 'featureCount') {
    return `the file has ${issue.actual} weights but the data has ${issue.expected} features`
  }
  return `feature ${issue.index + 1} is ${JSON.stringify(issue.actual)} in the file but ${JSON.stringify(issue.expected)} in the data`
}
