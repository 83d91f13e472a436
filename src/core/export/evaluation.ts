// The model's H(x), predictions and accuracy on a data set, computed as the app computes them
// (kernel.ts's probabilities: PyTorch's float32 sigmoid of a float64 z), so every exported
// number agrees with the prediction table and the log.
import type { Dataset } from '../dataset'
import { probabilities } from '../kernel'
import type { ExportModel } from './model'

export interface ModelEvaluation {
  /** H(x) per row. */
  probabilities: Float64Array
  /** [H(x) >= threshold] per row. */
  predictions: Uint8Array
  /** Fraction of rows whose prediction equals the label. */
  accuracy: number
}

/** The weights, then the bias: the kernel's parameter vector. */
export function parametersOf(model: ExportModel): Float64Array {
  const params = new Float64Array(model.weights.length + 1)
  params.set(model.weights)
  params[model.weights.length] = model.bias
  return params
}

export function evaluateModel(model: ExportModel, dataset: Dataset): ModelEvaluation {
  const n = dataset.rows
  const probs = new Float64Array(n)
  probabilities({ x: dataset.x, y: dataset.y, d: dataset.cols }, parametersOf(model), 0, n, probs)
  const predictions = new Uint8Array(n)
  let correct = 0
  for (let i = 0; i < n; i++) {
    predictions[i] = probs[i] >= model.threshold ? 1 : 0
    if (predictions[i] === dataset.y[i]) correct++
  }
  return { probabilities: probs, predictions, accuracy: correct / n }
}
