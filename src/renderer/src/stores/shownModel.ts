// The model the window shows: weights imported from a file until a run starts, else the latest
// weights of a run when they fit the data, else the ones Train would start from with the current
// settings (before a run, or after columns were added or removed). Pure helpers of the training store, which derives the one shown model from them; the
// formula, the decision line and the prediction table all read that getter.
import type { InitKind, TrainingConfig } from '@core/config'
import { rawUnitModel, standardizes, type Standardization } from '@core/standardize'
import { initialParameters, type InitialParameters } from '@core/init'
import { MersenneTwister } from '@core/rng'

/**
 * 'model': the latest weights of a run; 'imported': weights read from a file (until a run starts);
 * 'initial': no run fits this data yet, so the initial ones.
 */
export type WeightsSource = 'model' | 'imported' | 'initial'

/** Weights imported from a weights file, shown instead of the run's until a run starts. */
export interface ImportedModel {
  weights: readonly number[]
  bias: number
  fileName: string
}

export interface ShownModel {
  weights: readonly number[]
  bias: number
  source: WeightsSource
}

/** The weights a run with these settings starts from (the trainer's own init, same seed). */
export function initialParametersFor(init: InitKind, seed: number, d: number): InitialParameters {
  return initialParameters(init, d, new MersenneTwister(seed))
}

/** Imported weights, else the latest ones, when they fit the data (d of them); else the initial. */
export function shownModelOf(
  weights: readonly number[],
  bias: number,
  d: number,
  initial: (d: number) => InitialParameters,
  imported: ImportedModel | null = null
): ShownModel {
  if (imported !== null && imported.weights.length === d) {
    return { weights: imported.weights, bias: imported.bias, source: 'imported' }
  }
  if (weights.length === d) return { weights, bias, source: 'model' }
  const start = initial(d)
  return { weights: Array.from(start.weights), bias: start.bias, source: 'initial' }
}

/**
 * Whether the trained model's features were standardized: a run's weights by its own config
 * (toggling the switch afterwards does not reinterpret them), the initial ones by the settings
 * (the run Train would start), imported weights never (a weights file is in raw units).
 */
export function trainedOnStandardized(
  source: WeightsSource,
  runConfig: Pick<TrainingConfig, 'standardize'> | null,
  settings: Pick<TrainingConfig, 'standardize'>
): boolean {
  if (source === 'imported') return false
  return standardizes(source === 'model' ? (runConfig ?? settings) : settings)
}

/**
 * The model in the table's raw units (standardize.ts rawUnitModel), which the boundary plot, the
 * prediction table, the formula and the exports read: it predicts on the raw rows what the
 * trained model predicts on the standardized ones. The Lab view shows the trained model itself.
 */
export function inRawUnits(model: ShownModel, scaling: Standardization | null): ShownModel {
  if (scaling === null) return model
  return { ...rawUnitModel(model.weights, model.bias, scaling), source: model.source }
}
