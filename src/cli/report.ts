// What the CLI prints: the lab's log lines and evaluation, or JSON lines for machines.
import {
  costAccuracyLine,
  costLine,
  formatFixed,
  type ChaosNotice,
  type EpochRecord,
  type Evaluation
} from '../core'

export interface FinalState {
  weights: number[]
  bias: number
  evaluation: Evaluation
}

/** 'Epoch {:4d}/{} Cost: {:.6f}' (with ' Accuracy {:2.2f}%' when asked). */
export function logLine(record: EpochRecord, epochs: number, withAccuracy: boolean): string {
  return withAccuracy
    ? costAccuracyLine(record.epoch, epochs, record.cost, record.accuracy)
    : costLine(record.epoch, epochs, record.cost)
}

/** {"epoch":E,"cost":C,"accuracy":A}: full double precision, accuracy as a fraction. */
export function logJson(record: EpochRecord): string {
  return JSON.stringify({ epoch: record.epoch, cost: record.cost, accuracy: record.accuracy })
}

const list = (values: ArrayLike<number>, digits: number | null): string =>
  '[' +
  Array.from(values, (v) => (digits === null ? String(v) : formatFixed(v, digits))).join(', ') +
  ']'

/** The lab's evaluation cell, after the last step: H(x) to 4 decimals, predictions, accuracy. */
export function finalLines(final: FinalState): string[] {
  const { evaluation } = final
  return [
    `Weights: ${list(final.weights, 4)}`,
    `Bias: ${formatFixed(final.bias, 4)}`,
    `Probabilities: ${list(evaluation.probabilities, 4)}`,
    `Predictions: ${list(evaluation.predictions, null)}`,
    `The model has an accuracy of ${formatFixed(evaluation.accuracy * 100, 2).padStart(2)}% for the training set.`
  ]
}

/** {"weights":[...],"bias":B,"probabilities":[...],"predictions":[...],"accuracy":A} */
export function finalJson(final: FinalState): string {
  const { evaluation } = final
  return JSON.stringify({
    weights: final.weights,
    bias: final.bias,
    probabilities: Array.from(evaluation.probabilities),
    predictions: Array.from(evaluation.predictions),
    accuracy: evaluation.accuracy
  })
}

/** The one line on stderr when a run is found chaotic (core/chaos.ts). */
export function chaosNote(notice: ChaosNotice): string {
  return (
    `note: from epoch ${notice.epoch} on, this run is chaotic: the learning rate is too large ` +
    'for the data, so the cost swings and rounding differences grow until PyTorch prints other ' +
    'numbers than these (and two PyTorch machines other numbers than each other); a smaller ' +
    '--lr makes the numbers agree again'
  )
}
