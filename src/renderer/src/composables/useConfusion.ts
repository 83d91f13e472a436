// The confusion matrix and its rates (components/predictions/confusion), kept live for the
// Prediction panel.
import { computed, type Ref } from 'vue'
import {
  confusionMatrix,
  summarize,
  type ConfusionSummary
} from '@renderer/components/predictions/confusion'

/** Recomputed at once when the threshold or the probabilities change (no retraining). */
export function useConfusion(
  probabilities: Ref<Float64Array | null>,
  labels: Ref<Float64Array | null>,
  threshold: Ref<number>
): Ref<ConfusionSummary | null> {
  return computed(() => {
    const p = probabilities.value
    const y = labels.value
    if (p === null || y === null || p.length !== y.length) return null
    return summarize(confusionMatrix(p, y, threshold.value))
  })
}
