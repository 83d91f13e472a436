// Weights JSON, the app's own weights file:
//   {"format":"logit-lab/weights@1","features":["x1","x2"],"weight":[w1,w2],"bias":b,"threshold":t}
// Numbers are JSON's shortest round-trip form of the float64 values, so they read back exactly
// (-0 is written as 0). importJson.ts reads it back.
import { assertExportable, type ExportModel } from './model'

export const WEIGHTS_FORMAT = 'logit-lab/weights@1'

/** The document's shape, key order as written. */
export interface WeightsDocument {
  format: typeof WEIGHTS_FORMAT
  features: string[]
  weight: number[]
  bias: number
  threshold: number
}

export function weightsDocument(model: ExportModel): WeightsDocument {
  assertExportable(model)
  return {
    format: WEIGHTS_FORMAT,
    features: [...model.featureNames],
    weight: [...model.weights],
    bias: model.bias,
    threshold: model.threshold
  }
}

/** The weights file's text: one line of JSON and a final newline. */
export function weightsToJson(model: ExportModel): string {
  return JSON.stringify(weightsDocument(model)) + '\n'
}
