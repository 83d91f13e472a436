// H(x) per row from the latest weights and the current data, computed at most once per animation
// frame, into one reused buffer; the initial weights before a run fits the data.
import { describe, expect, it, vi } from 'vitest'
import { computed, effectScope, nextTick, ref, shallowRef } from 'vue'
import * as kernel from '@core/kernel'
import { usePredictions } from '@renderer/composables/usePredictions'
import { initialParametersFor, shownModelOf } from '@renderer/stores/shownModel'
import type { FrameClock } from '@renderer/lib/frameScheduler'
import { toyDataset } from '@core/toy'
import type { Dataset } from '@core/dataset'

vi.mock('@core/kernel', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@core/kernel')>()
  return { ...actual, probabilities: vi.fn(actual.probabilities) }
})

function manualClock() {
  const waiting = new Map<number, () => void>()
  let next = 1
  const clock: FrameClock = {
    request: (callback) => {
      waiting.set(next, callback)
      return next++
    },
    cancel: (handle) => void waiting.delete(handle)
  }
  const frame = () => {
    const due = [...waiting.values()]
    waiting.clear()
    for (const callback of due) callback()
  }
  return { clock, frame }
}

function setup() {
  const frames = manualClock()
  const dataset = shallowRef<Dataset | null>(toyDataset())
  const weights = shallowRef<readonly number[]>([])
  const bias = ref(0)
  const revision = ref(0)
  const initial = ref((d: number) => initialParametersFor('zeros', 1, d))
  // What the training store's shownModel does, over this test's own refs.
  const model = computed(() =>
    shownModelOf(weights.value, bias.value, dataset.value?.cols ?? 2, initial.value)
  )
  const scope = effectScope()
  const predictions = scope.run(() => usePredictions({ dataset, revision, model }, frames.clock))
  if (!predictions) throw new Error('no predictions')
  return { frames, dataset, weights, bias, initial, predictions, scope }
}

/** H(x) is PyTorch's float32 sigmoid (core/kernel.ts): within a float32 ulp of the exact one. */
function expectSigmoid(actual: number | undefined, z: number): void {
  const exact = 1 / (1 + Math.exp(-z))
  expect(Math.abs((actual ?? Number.NaN) - exact)).toBeLessThanOrEqual(exact * 2 ** -23)
}

describe('predictions', () => {
  it('uses the initial weights before a run: zeros give H = 0.5 for every row', () => {
    const { predictions } = setup()
    expect(predictions.source.value).toBe('initial')
    expect([...(predictions.probabilities.value ?? [])]).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
  })

  it('uses PyTorch’s init with the seed when the settings ask for it', async () => {
    const { predictions, initial, frames } = setup()
    initial.value = (d) => initialParametersFor('torch', 1, d)
    await nextTick()
    frames.frame()
    const torch = initialParametersFor('torch', 1, 2)
    expect(Array.from(predictions.parameters.value ?? [])).toEqual([...torch.weights, torch.bias])
    expect(predictions.probabilities.value?.[0]).not.toBe(0.5)
  })

  it('computes once per animation frame however many weights arrive', async () => {
    const { predictions, weights, bias, frames } = setup()
    const calls = vi.mocked(kernel.probabilities)
    calls.mockClear()
    for (let k = 1; k <= 5; k++) {
      weights.value = [k, k]
      bias.value = -5 * k
      await nextTick()
    }
    expect(calls).not.toHaveBeenCalled()
    frames.frame()
    expect(calls).toHaveBeenCalledTimes(1)
    expect(predictions.source.value).toBe('model')
    // The last weights: z = 5 * (x1 + x2 - 5).
    expectSigmoid(predictions.probabilities.value?.[0], -10)
  })

  it('reuses its buffer and bumps its revision', async () => {
    const { predictions, weights, frames } = setup()
    const buffer = predictions.probabilities.value
    const revision = predictions.revision.value
    weights.value = [1, 1]
    await nextTick()
    frames.frame()
    expect(predictions.probabilities.value).toBe(buffer)
    expect(predictions.revision.value).toBe(revision + 1)
  })

  it('applies edited data with the same weights, without a new run', async () => {
    const { predictions, weights, bias, dataset, frames } = setup()
    weights.value = [1, 1]
    bias.value = -5
    await nextTick()
    frames.frame()
    expectSigmoid(predictions.probabilities.value?.[0], -2)
    const edited = toyDataset()
    ;(edited.x as Float64Array)[0] = 10 // row 1: (10, 2)
    dataset.value = edited
    await nextTick()
    frames.frame()
    expectSigmoid(predictions.probabilities.value?.[0], 7)
  })

  it('has nothing to show without valid data', async () => {
    const { predictions, dataset, frames } = setup()
    dataset.value = null
    await nextTick()
    frames.frame()
    expect(predictions.probabilities.value).toBeNull()
  })

  it('falls back to the initial weights when the weights no longer fit the data', () => {
    const initial = (d: number) => initialParametersFor('zeros', 1, d)
    expect(shownModelOf([1, 2], 3, 2, initial)).toEqual({
      weights: [1, 2],
      bias: 3,
      source: 'model'
    })
    expect(shownModelOf([1, 2], 3, 3, initial)).toEqual({
      weights: [0, 0, 0],
      bias: 0,
      source: 'initial'
    })
  })
})
