// Sorting the prediction table by any column, ties in row order, either direction.
import { describe, expect, it } from 'vitest'
import { nextTick, ref, shallowRef } from 'vue'
import {
  dependsOnModel,
  sortValues,
  sortedOrder
} from '@renderer/components/predictions/predictionsOrder'
import { usePredictionsOrder } from '@renderer/composables/usePredictionsOrder'
import { toyDataset } from '@core/toy'
import type { Dataset } from '@core/dataset'

const h = Float64Array.from([0.0003, 0.0316, 0.039, 0.9562, 0.9982, 0.4])

describe('prediction table order', () => {
  it('sorts by a value ascending or descending, ties kept in row order', () => {
    const values = Float64Array.from([3, 1, 2, 1])
    expect([...sortedOrder(values, 'ascending')]).toEqual([1, 3, 2, 0])
    expect([...sortedOrder(values, 'descending')]).toEqual([0, 2, 1, 3])
  })

  it('puts rows without a value last in both directions', () => {
    const values = Float64Array.from([2, NaN, 1])
    expect([...sortedOrder(values, 'ascending')]).toEqual([2, 0, 1])
    expect([...sortedOrder(values, 'descending')]).toEqual([0, 2, 1])
  })

  it('reads each column’s value: features, y, H, prediction and correctness', () => {
    const data = toyDataset()
    expect([...sortValues('feature:1', data, h, 0.5)]).toEqual([2, 3, 1, 3, 3, 2])
    expect([...sortValues('y', data, h, 0.5)]).toEqual([0, 0, 0, 1, 1, 1])
    expect([...sortValues('h', data, h, 0.5)]).toEqual([...h])
    expect([...sortValues('prediction', data, h, 0.5)]).toEqual([0, 0, 0, 1, 1, 0])
    // Row 6 (H 0.4, y 1) is the wrong one.
    expect([...sortValues('correct', data, h, 0.5)]).toEqual([1, 1, 1, 1, 1, 0])
    expect(dependsOnModel('h')).toBe(true)
    expect(dependsOnModel('feature:0')).toBe(false)
  })

  it('toggles direction on the same column and re-sorts when H or the threshold change', async () => {
    const dataset = shallowRef<Dataset | null>(toyDataset())
    const probabilities = shallowRef<Float64Array | null>(h)
    const threshold = ref(0.5)
    const { sort, order, toggle } = usePredictionsOrder(dataset, ref(0), probabilities, threshold)
    expect(order.value).toBeNull() // natural order
    toggle('h')
    await nextTick()
    expect(sort.value).toEqual({ column: 'h', direction: 'ascending' })
    expect([...(order.value ?? [])]).toEqual([0, 1, 2, 5, 3, 4])
    toggle('h')
    await nextTick()
    expect(sort.value.direction).toBe('descending')
    expect([...(order.value ?? [])]).toEqual([4, 3, 5, 2, 1, 0])
    probabilities.value = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    await nextTick()
    expect([...(order.value ?? [])]).toEqual([0, 1, 2, 3, 4, 5])
    toggle('correct')
    await nextTick()
    // At 0.5: rows 1-3 wrong (H high, y 0), row 6 wrong (H 0.4, y 1); wrong (0) first.
    expect([...(order.value ?? [])]).toEqual([0, 1, 2, 5, 3, 4])
    threshold.value = 0.95
    await nextTick()
    // At 0.95 every H is below: rows 1-3 right, rows 4-6 wrong.
    expect([...(order.value ?? [])]).toEqual([3, 4, 5, 0, 1, 2])
  })
})
