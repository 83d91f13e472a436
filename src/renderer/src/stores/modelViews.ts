// The three models the window shows while a run streams in, as computeds of the run's weights:
// the trained model (the Lab view's, on standardized features when its run standardized), the μ
// and σ it was standardized with, and the same model in raw units (the formula, the decision
// plot, the prediction table and the exports). Kept apart from the training store, which only
// feeds it the weights and the run's config.
import { computed, type Ref } from 'vue'
import type { Dataset } from '@core/dataset'
import type { TrainingConfig } from '@core/config'
import { standardizationOf, type Standardization } from '@core/standardize'
import {
  initialParametersFor,
  inRawUnits,
  shownModelOf,
  trainedOnStandardized,
  type ImportedModel,
  type ShownModel
} from './shownModel'

export interface ModelViewInputs {
  weights: Ref<number[]>
  bias: Ref<number>
  /** Weights from a file, shown until a run starts. */
  imported: Ref<ImportedModel | null>
  /** What the shown run trains (or trained) with; null before any run. */
  runConfig: Ref<TrainingConfig | null>
  /** The current settings. */
  settings: () => TrainingConfig
  featureCount: () => number
  /** The table, or null while it cannot be trained on (read only when standardizing). */
  trainableData: () => Dataset | null
}

export function createModelViews(input: ModelViewInputs) {
  // Primitive computeds: only a change of init or seed (not of, say, the threshold) changes the
  // initial model, and so what every view of it recomputes.
  const initKind = computed(() => input.settings().init)
  const initSeed = computed(() => input.settings().seed)
  /** The model as trained: on standardized features when its run standardized (the Lab view's). */
  const trainedModel = computed<ShownModel>(() =>
    shownModelOf(
      input.weights.value,
      input.bias.value,
      input.featureCount(),
      (d) => initialParametersFor(initKind.value, initSeed.value, d),
      input.imported.value
    )
  )
  // The source alone (a string: unchanged from frame to frame), so μ and σ are not computed
  // over the whole table again with every frame's new weights.
  const trainedSource = computed(() => trainedModel.value.source)
  /** μ and σ the trained model's features were standardized with, or null (standardize.ts). */
  const standardization = computed<Standardization | null>(() => {
    const on = trainedOnStandardized(trainedSource.value, input.runConfig.value, input.settings())
    const dataset = on ? input.trainableData() : null
    return dataset === null ? null : standardizationOf(dataset)
  })
  /** The model in raw units the formula, the decision line and the prediction table show. */
  const shownModel = computed(() => inRawUnits(trainedModel.value, standardization.value))
  return { trainedModel, standardization, shownModel }
}
