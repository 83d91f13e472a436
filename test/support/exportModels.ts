// The two trained models the export tests write out: the lab's toy run (zeros, SGD lr 1, 1000
// epochs: weights about [3.2530, 1.5179], bias about -14.4819) and the lab's diabetes run (torch
// init, seed 1, SGD lr 1, 100 epochs), each trained by core's Trainer, with its data; and the toy
// run on standardized features, whose model is exported in raw units (the app's shown model, the
// scaling folded into W and b): its exports, given the raw data, must predict what the app shows.
import {
  Trainer,
  labConfig,
  rawUnitModel,
  standardizationOf,
  trainingDataset,
  toyDataset,
  type Dataset,
  type Evaluation,
  type TrainingConfig
} from '@core'
import type { ExportModel } from '@core/export'
import { diabetesDataset } from './diabetes'

export interface TrainedCase {
  name: 'toy' | 'diabetes' | 'toy standardized'
  dataset: Dataset
  model: ExportModel
  /** The trainer's own evaluation at the end: what the app shows for this model. */
  evaluation: Evaluation
}

function train(name: TrainedCase['name'], dataset: Dataset, config: TrainingConfig): TrainedCase {
  const trainer = Trainer.start(trainingDataset(dataset, config), config)
  trainer.run(Infinity, () => {})
  if (trainer.diverged) throw new Error(`training diverged: ${JSON.stringify(trainer.diverged)}`)
  const raw = config.standardize
    ? rawUnitModel(trainer.weights, trainer.bias, standardizationOf(dataset))
    : { weights: trainer.weights, bias: trainer.bias }
  const model = { featureNames: dataset.featureNames, ...raw, threshold: config.threshold }
  return { name, dataset, model, evaluation: trainer.evaluate() }
}

let cached: TrainedCase[] | null = null

export function trainedCases(): TrainedCase[] {
  if (cached) return cached
  const toy = toyDataset()
  const diabetes = diabetesDataset()
  cached = [
    train('toy', toy, labConfig),
    train('diabetes', diabetes, { ...labConfig, init: 'torch', seed: 1, epochs: 100 }),
    train('toy standardized', toy, { ...labConfig, standardize: true })
  ]
  return cached
}
