// H(x) for every row of the current data with the latest weights, computed here with the core
// kernel (not taken from the trainer) so that edits to the data apply at once, without retraining.
// Recomputed at most once per animation frame, into one reused buffer (100,000 rows stay cheap);
// new weights from a run at the table's live pace (lib/livePacer), edits on the next frame.
import { onScopeDispose, shallowRef, triggerRef, watch, type Ref, type ShallowRef } from 'vue'
import { probabilities as kernelProbabilities } from '@core/kernel'
import type { Dataset } from '@core/dataset'
import type { ShownModel, WeightsSource } from '@renderer/stores/shownModel'
import { createFrameScheduler, type FrameClock } from '../lib/frameScheduler'
import type { LivePacer } from '../lib/livePacer'

export interface PredictionInputs {
  dataset: Ref<Dataset | null>
  /** Bumped by the data store on every edit (the dataset may be rebuilt or edited in place). */
  revision: Ref<number>
  /** The model to evaluate (the training store's shownModel). */
  model: Ref<ShownModel>
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
    const model = inputs.model.value
    // The model follows the data's columns; while they disagree (mid-edit) there is nothing to show.
    if (dataset === null || dataset.rows === 0 || model.weights.length !== dataset.cols) {
      probabilities.value = null
      parameters.value = null
      return
    }
    const d = dataset.cols
    const params = new Float64Array(d + 1)
    params.set(model.weights)
    params[d] = model.bias
    source.value = model.source
    parameters.value = params
    let out = probabilities.value
    if (out === null || out.length !== dataset.rows) out = new Float64Array(dataset.rows)
    kernelProbabilities({ x: dataset.x, y: dataset.y, d }, params, 0, dataset.rows, out)
    if (probabilities.value === out) triggerRef(probabilities)
    else probabilities.value = out
    revision.value++
  }

  const scheduler = createFrameScheduler(compute, clock, { pacer, view: 'table' })
  // A run's new weights at the table's live pace; a new initial model (init, seed) at once.
  watch(inputs.model, (model) =>
    model.source === 'model' ? scheduler.request() : scheduler.requestNow()
  )
  watch([inputs.dataset, inputs.revision], () => scheduler.requestNow())
  onScopeDispose(() => scheduler.cancel())
  compute()

  return {
    probabilities,
    source,
    parameters,
    revision
  }
}
