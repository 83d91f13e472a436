// The Lab view's numbers: the notebook's cells (core/labCells) for the table's data, the settings
// and the training store's shown model, recomputed at the tables' live pace during a run and at
// once otherwise (a step, a pause, an edit). Null while the data cannot be trained on.
import { computed, type ComputedRef } from 'vue'
import { labCells, type LabCells } from '@core/labCells'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { usePacedValue } from './usePacedValue'

export function useLabCells(): ComputedRef<LabCells | null> {
  const data = useDatasetStore()
  const settings = useSettingsStore()
  const training = useTrainingStore()
  const model = usePacedValue(
    () => training.shownModel,
    'table',
    () => training.status !== 'running'
  )
  // `dataset` copies the table: read it only when the table can be trained on.
  const dataset = computed(() => (data.isTrainable ? data.dataset : null))
  return computed(() => {
    const current = dataset.value
    if (current === null || model.value.weights.length !== current.cols) return null
    return labCells({
      dataset: current,
      weights: model.value.weights,
      bias: model.value.bias,
      config: settings.config
    })
  })
}
