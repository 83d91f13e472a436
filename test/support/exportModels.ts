// The two trained models the export tests write out: the lab's toy run (zeros, SGD lr 1, 1000
// epochs: weights about [3.2530, 1.5179], bias about -14.4819) and the lab's diabetes run (torch
// init, seed 1, SGD lr 1, 100 epochs), each trained by core's Trainer, with its data.
import {
  Trainer,
  labConfig,
  toyDataset,
  type Dataset,
  type Evaluation,
  type TrainingConfig
} from '@core'
import type { ExportModel } from '@core/export'
import { diabetesDataset } from './diabetes'

export interface TrainedCase {
  name: 'toy' | 'diabetes'
  dataset: Dataset
  model: ExportModel
  /** The trainer's own evaluation at the end: what the app shows for this model. */
  evaluation: Evaluation
}

function train(name: TrainedCase['name'], dataset: Dataset, config: TrainingConfig): TrainedCase {
  const trainer = Trainer.start(dataset, config)
  trainer.run(Infinity, () => {})
  if (trainer.diverged) throw new Error(`training diverged: ${JSON.stringify(trainer.diverged)}`)
  const model = {
    featureNames: dataset.featureNames,
    weights: trainer.weights,
    bias: trainer.bias,
    threshold: config.threshold
  }
  return { name, dataset, model, evaluation: trainer.evaluate() }
}

let cached: TrainedCase[] | null = null

export function trainedCases(): TrainedCase[] {
  if (cached) return cached
  const toy = toyDataset()
  const diabetes = diabetesDataset()
  cached = [
    train('toy', toy, labConfig),
    train('diabetes', diabetes, { ...labConfig, init: 'torch', seed: 1, epochs: 100 })
  ]
  return cached
}
