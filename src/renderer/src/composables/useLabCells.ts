// The Lab view's numbers: the notebook's cells (core/labCells) for the table's data, the settings
// and the training store's shown model, recomputed at the tables' live pace during a run and at
// once otherwise (a step, a pause, an edit). Null while the data cannot be trained on. The cells
// take a pass over every row (~0.4 s for 1,000,000 x 8): past LAB_LIVE_CELLS feature cells they
// follow the run only when it is not running, so a long run never stalls the window.
import { computed, type ComputedRef, type Ref } from 'vue'
import { labCells, type LabCells } from '@core/labCells'
import { standardizeDataset } from '@core/standardize'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { usePacedValue } from './usePacedValue'

/** Data up to this many feature cells (rows x features) is followed live during a run. */
export const LAB_LIVE_CELLS = 65_536

export interface LabCellsView {
  cells: ComputedRef<LabCells | null>
  /** Whether the numbers wait for the run to pause (large data), rather than follow it live. */
  waitsForPause: Ref<boolean>
}

export function useLabCells(): LabCellsView {
  const data = useDatasetStore()
  const settings = useSettingsStore()
  const training = useTrainingStore()
  const waitsForPause = computed(() => data.rowCount * data.featureCount > LAB_LIVE_CELLS)
  // The model as trained, on the features as the trainer saw them: standardized ones when its
  // run standardized (no hidden preprocessing: the view shows μ and σ, LabStandardizeCell).
  let held = training.trainedModel
  const model = usePacedValue(
    () => {
      if (training.status !== 'running' || !waitsForPause.value) held = training.trainedModel
      return held
    },
    'table',
    () => training.status !== 'running'
  )
  // `dataset` copies the table: read it only when the table can be trained on.
  const dataset = computed(() => {
    const table = data.isTrainable ? data.dataset : null
    const scaling = training.standardization
    return table === null || scaling === null ? table : standardizeDataset(table, scaling)
  })
  const cells = computed(() => {
    const current = dataset.value
    if (current === null || model.value.weights.length !== current.cols) return null
    return labCells({
      dataset: current,
      weights: model.value.weights,
      bias: model.value.bias,
      config: settings.config
    })
  })
  return { cells, waitsForPause }
}
