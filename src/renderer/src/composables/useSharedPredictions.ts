// The window's predictions (H(x) for every row, usePredictions), computed once for everything
// that shows them: App.vue provides them, and the Prediction panel and the printed report read the
// same numbers. Each computing its own had the report evaluate every row again at each edit
// (100,000 rows: a second pass through the kernel and a buffer of its own). Without a provider (a
// component mounted alone in a test), the caller computes its own.
import { computed, inject, provide, type InjectionKey } from 'vue'
import type { LivePacer } from '@renderer/lib/livePacer'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useTrainingStore } from '@renderer/stores/training'
import { useFrameClock } from './useFrameClock'
import { useLivePacer } from './useLivePacer'
import { usePredictions, type Predictions } from './usePredictions'

export const predictionsKey: InjectionKey<Predictions> = Symbol('predictions')

/** H(x) of the current data under the shown model, at the table's live pace. */
function windowPredictions(pacer: LivePacer | null): Predictions {
  const data = useDatasetStore()
  const training = useTrainingStore()
  return usePredictions(
    {
      dataset: computed(() => data.dataset),
      revision: computed(() => data.revision),
      model: computed(() => training.shownModel)
    },
    useFrameClock(),
    pacer
  )
}

/** The window's predictions, for every component below (App.vue, with the window's pacer). */
export function providePredictions(pacer: LivePacer | null): Predictions {
  const predictions = windowPredictions(pacer)
  provide(predictionsKey, predictions)
  return predictions
}

/** The predictions an ancestor provides, else ones of the caller's own. */
export function useSharedPredictions(): Predictions {
  return inject(predictionsKey, null) ?? windowPredictions(useLivePacer())
}
