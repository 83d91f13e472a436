// The confusion matrix and its rates at a threshold (predict 1 when H >= threshold).
import { describe, expect, it } from 'vitest'
import { computed, ref } from 'vue'
import { confusionMatrix, summarize } from '@renderer/components/predictions/confusion'
import { useConfusion } from '@renderer/composables/useConfusion'

const labels = [0, 0, 0, 1, 1, 1]
const labH = [0.0003, 0.0316, 0.039, 0.9562, 0.9982, 0.9997]

describe('confusion matrix', () => {
  it('counts the lab’s trained model as all right at 0.5', () => {
    expect(summarize(confusionMatrix(labH, labels, 0.5))).toMatchObject({
      truePositive: 3,
      falsePositive: 0,
      falseNegative: 0,
      trueNegative: 3,
      correct: 6,
      rows: 6,
      accuracy: 1,
      precision: 1,
      recall: 1
    })
  })

  it('predicts 1 at exactly the threshold (H >= t), as the lab does', () => {
    expect(confusionMatrix([0.5, 0.5], [1, 0], 0.5)).toEqual({
      truePositive: 1,
      falsePositive: 1,
      falseNegative: 0,
      trueNegative: 0
    })
  })

  it('moves rows between cells as the threshold moves', () => {
    const high = summarize(confusionMatrix(labH, labels, 0.97))
    expect(high).toMatchObject({ truePositive: 2, falseNegative: 1, trueNegative: 3 })
    expect(high.recall).toBeCloseTo(2 / 3, 15)
    expect(high.precision).toBe(1)
    const low = summarize(confusionMatrix(labH, labels, 0.035))
    expect(low).toMatchObject({ truePositive: 3, falsePositive: 1, trueNegative: 2 })
    expect(low.precision).toBe(0.75)
  })

  it('leaves precision undefined (null, not 0) when no row is predicted 1', () => {
    const summary = summarize(confusionMatrix(labH, labels, 1.0))
    expect(summary.truePositive + summary.falsePositive).toBe(0)
    expect(summary.precision).toBeNull()
    expect(summary.recall).toBe(0) // 0 of 3 found: defined, and zero
  })

  it('leaves recall undefined when no row has y = 1', () => {
    const summary = summarize(confusionMatrix([0.2, 0.8], [0, 0], 0.5))
    expect(summary.recall).toBeNull()
    expect(summary.precision).toBe(0) // one row predicted 1, and it is wrong
  })

  it('has no accuracy for no rows', () => {
    expect(summarize(confusionMatrix([], [], 0.5)).accuracy).toBeNull()
  })

  it('follows the threshold at once through the composable', () => {
    const threshold = ref(0.5)
    const summary = useConfusion(
      ref(Float64Array.from(labH)),
      computed(() => Float64Array.from(labels)),
      threshold
    )
    expect(summary.value?.correct).toBe(6)
    threshold.value = 0.97
    expect(summary.value?.falseNegative).toBe(1)
  })
})
