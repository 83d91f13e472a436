// The PyTorch code for a run: the lab's code (PyTorch Lab-05) with the run's data, init, seed,
// optimizer, epochs and log interval, in either of the lab's styles. Run with PyTorch it prints
// the lines Logit Lab prints for the same run: its log lines, then its evaluation (the CLI's
// `train` output), up to float32's rounding (README, "How close is 'the same'?").
import { validateTrainingConfig, type TrainingConfig } from '../config'
import type { Dataset } from '../dataset'
import { usesMiniBatches } from '../trainer'
import { codeComments } from './comments'
import { dataLines } from './data'
import { evaluationLines } from './evaluation'
import { loopLines } from './loop'
import { modelCode } from './model'
import { optimizerCall } from './optimizer'
import type { PytorchCodeOptions } from './options'
import { commentLines, pythonNumber } from './python'
import { standardizeLines } from './standardize'
import { standardizes } from '../standardize'

const IMPORTS = [
  'import torch',
  'import torch.nn as nn',
  'import torch.nn.functional as F',
  'import torch.optim as optim'
]

/**
 * The code as text, ending with a line break. `config` must be one the trainer accepts
 * (validateTrainingConfig: the same precondition as Trainer.start, and the same RangeError).
 */
export function pytorchCode(
  dataset: Dataset,
  config: TrainingConfig,
  options: PytorchCodeOptions
): string {
  const problem = validateTrainingConfig(config)[0]
  if (problem) throw new RangeError(`config.${problem.field} ${problem.message}`)
  const text = codeComments[options.comments ?? 'en']
  const miniBatches = usesMiniBatches(config, dataset.rows)
  const model = modelCode(options.style, {
    d: dataset.cols,
    init: config.init,
    seed: config.seed,
    shuffles: miniBatches,
    text
  })
  const threshold = `torch.FloatTensor([${pythonNumber(config.threshold)}])`
  const names = {
    featureNames: options.featureNames ?? dataset.featureNames,
    labelName: options.labelName ?? 'y'
  }
  const lines = [
    ...commentLines(text.header),
    ...IMPORTS,
    '',
    `# ${text.seed}`,
    `torch.manual_seed(${config.seed})`,
    '',
    ...dataLines(dataset, names, text),
    ...(standardizes(config) ? standardizeLines(dataset, names.featureNames, text) : []),
    '',
    ...model.setup,
    `# ${text.optimizer}`,
    `optimizer = ${optimizerCall(config.optimizer, model.parameters)}`,
    '',
    ...loopLines({
      config,
      model,
      miniBatches,
      logAccuracy: options.logAccuracy ?? false,
      threshold,
      text
    }),
    '',
    '',
    ...evaluationLines(model, threshold, text)
  ]
  return lines.join('\n') + '\n'
}
