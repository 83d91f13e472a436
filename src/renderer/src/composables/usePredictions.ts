// H(x) for every row of the current data with the latest weights, computed here with the core
// kernel (not taken from the trainer) so that edits to the data apply at once, without retraining.
// Recomputed at most once per animation frame, into one reused buffer (100,000 rows stay cheap);
// new weights from a run at the table's live pace (useLivePacing), edits on the next frame.
import { onScopeDispose, shallowRef, triggerRef, watch, type Ref, type ShallowRef } from 'vue'
import { probabilities as kernelProbabilities } from '@core/kernel'
import type { InitKind } from '@core/config'
import type { Dataset } from '@core/dataset'
import { initialParameters, type InitialParameters } from '@core/init'
import { MersenneTwister } from '@core/rng'
import { createFrameScheduler, type FrameClock } from './useChartFrameScheduler'
import type { LivePacer } from './useLivePacing'

/** 'model': the latest weights of a run; 'initial': no run fits this data yet, so the initial ones. */
export type WeightsSource = 'model' | 'initial'

export interface PredictionInputs {
  dataset: Ref<Dataset | null>
  /** Bumped by the data store on every edit (the dataset may be rebuilt or edited in place). */
  revision: Ref<number>
  weights: Ref<readonly number[]>
  bias: Ref<number>
  /** The weights a run would start from with the current settings, for d features. */
  initial: Ref<(d: number) => InitialParameters>
}

/** The weights a run with these settings starts from (the trainer's own init, same seed). */
export function initialParametersFor(init: InitKind, seed: number, d: number): InitialParameters {
  return initialParameters(init, d, new MersenneTwister(seed))
}

export interface EffectiveParameters {
  weights: readonly number[]
  bias: number
  source: WeightsSource
}

/**
 * The latest weights when they fit the data (d of them), else the initial ones: before a run, or
 * after columns were added or removed, the model shown is the one Train would start from.
 */
export function effectiveParameters(
  weights: readonly number[],
  bias: number,
  d: number,
  initial: (d: number) => InitialParameters
): EffectiveParameters {
  if (weights.length === d) return { weights, bias, source: 'model' }
  const start = initial(d)
  return { weights: Array.from(start.weights), bias: start.bias, source: 'initial' }
}

export interface Predictions {
  /** H(x) per row; null without valid data. Updated in place, then triggered. */
  probabilities: ShallowRef<Float64Array | null>
  source: Ref<WeightsSource>
  /** The parameters used: the d weights, then the bias. */
  parameters: ShallowRef<Float64Array | null>
  /** Bumped on every recomputation: the buffer is reused, so its identity does not change. */
  revision: Ref<number>
}

export function usePredictions(
  inputs: PredictionInputs,
  clock: FrameClock,
  pacer: LivePacer | null = null
): Predictions {
  const probabilities = shallowRef<Float64Array | null>(null)
  const parameters = shallowRef<Float64Array | null>(null)
  const source = shallowRef<WeightsSource>('initial')
  const revision = shallowRef(0)

  function compute(): void {
    const dataset = inputs.dataset.value
    if (dataset === null || dataset.rows === 0) {
      probabilities.value = null
      parameters.value = null
      return
    }
    const d = dataset.cols
    const effective = effectiveParameters(
      inputs.weights.value,
      inputs.bias.value,
      d,
      inputs.initial.value
    )
    const params = new Float64Array(d + 1)
    params.set(effective.weights)
    params[d] = effective.bias
    source.value = effective.source
    parameters.value = params
    let out = probabilities.value
    if (out === null || out.length !== dataset.rows) out = new Float64Array(dataset.rows)
    kernelProbabilities({ x: dataset.x, y: dataset.y, d }, params, 0, dataset.rows, out)
    if (probabilities.value === out) triggerRef(probabilities)
    else probabilities.value = out
    revision.value++
  }

  const scheduler = createFrameScheduler(compute, clock, { pacer, view: 'table' })
  watch([inputs.weights, inputs.bias], () => scheduler.request())
  watch([inputs.dataset, inputs.revision, inputs.initial], () => scheduler.requestNow())
  onScopeDispose(() => scheduler.cancel())
  compute()

  return {
    probabilities,
    source,
    parameters,
    revision
  }
}
