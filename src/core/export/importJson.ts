// Reads a weights JSON file (weightsJson.ts) back, strictly: the format string must be
// "logit-lab/weights@1"; "weight" and "bias" are required, "features" and "threshold" optional
// (checked when present); any other field is refused, as are strings, null, NaN and Infinity
// where numbers belong. The first problem found is returned, naming its field.
import { WEIGHTS_FORMAT } from './weightsJson'
import { importFailure, type ImportResult, type ImportedWeights } from './importError'
import {
  checkFeatureNames,
  checkNumber,
  checkThreshold,
  checkWeightList,
  isPlainObject,
  shortText
} from './importFields'
import { MAX_IMPORT_BYTES } from './limits'

const FIELDS = new Set(['format', 'features', 'weight', 'bias', 'threshold'])

export function parseWeightsJson(text: string): ImportResult {
  // A UTF-16 length is at most the UTF-8 byte count, so this never refuses a file within the cap.
  if (text.length > MAX_IMPORT_BYTES) {
    return importFailure({ code: 'tooLarge', actual: text.length, limit: MAX_IMPORT_BYTES })
  }
  let document: unknown
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return importFailure({ code: 'syntax' })
  }
  if (!isPlainObject(document)) return importFailure({ code: 'notAnObject' })
  for (const key of Object.keys(document)) {
    if (!FIELDS.has(key)) return importFailure({ code: 'unknownField', field: key })
  }
  for (const key of ['format', 'weight', 'bias']) {
    if (!Object.hasOwn(document, key)) return importFailure({ code: 'missingField', field: key })
  }
  if (document.format !== WEIGHTS_FORMAT) {
    return importFailure({ code: 'format', field: 'format', value: shortText(document.format) })
  }
  const weights = checkWeightList(document.weight, 'weight')
  if (!weights.ok) return weights
  const bias = checkNumber(document.bias, 'bias')
  if (!bias.ok) return bias
  const imported: ImportedWeights = { weights: weights.value, bias: bias.value }
  if (Object.hasOwn(document, 'features')) {
    const features = checkFeatureNames(document.features, 'features', weights.value.length)
    if (!features.ok) return features
    imported.features = features.value
  }
  if (Object.hasOwn(document, 'threshold')) {
    const threshold = checkThreshold(document.threshold, 'threshold')
    if (!threshold.ok) return threshold
    imported.threshold = threshold.value
  }
  return { ok: true, weights: imported }
}
