// The confusion matrix at a threshold, and the rates read from it. Predicting 1 when H >= t, as the
// lab does. A rate whose denominator is 0 (no row predicted 1, or no row with y = 1) is undefined:
// we return null rather than 0 or NaN, and the UI shows "—" with the reason.

export interface Confusion {
  truePositive: number
  falsePositive: number
  falseNegative: number
  trueNegative: number
}

export interface ConfusionSummary extends Confusion {
  rows: number
  correct: number
  /** Fraction of rows predicted right; null when there are no rows. */
  accuracy: number | null
  /** TP / (TP + FP); null when no row is predicted 1. */
  precision: number | null
  /** TP / (TP + FN); null when no row has y = 1. */
  recall: number | null
}

export function confusionMatrix(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number
): Confusion {
  const counts: Confusion = { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 }
  const n = Math.min(probabilities.length, labels.length)
  for (let i = 0; i < n; i++) {
    const predictedOne = probabilities[i] >= threshold
    if (labels[i] === 1) {
      if (predictedOne) counts.truePositive++
      else counts.falseNegative++
    } else if (predictedOne) counts.falsePositive++
    else counts.trueNegative++
  }
  return counts
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

export function summarize(counts: Confusion): ConfusionSummary {
  const { truePositive: tp, falsePositive: fp, falseNegative: fn, trueNegative: tn } = counts
  const rows = tp + fp + fn + tn
  const correct = tp + tn
  return {
    ...counts,
    rows,
    correct,
    accuracy: ratio(correct, rows),
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn)
  }
}
