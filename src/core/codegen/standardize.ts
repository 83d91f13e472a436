// The standardization of a run that has it (config.standardize), written out in PyTorch after
// x_train is made: the same population mean and standard deviation the app uses
// (src/core/standardize.ts), computed by torch in float32 from the same data, so the run prints
// the app's lines. Constant columns are left as they are, as the app leaves them.
import type { Dataset } from '../dataset'
import { standardizationOf } from '../standardize'
import type { CodeComments } from './comments'
import { commentLines } from './python'

export function standardizeLines(
  dataset: Dataset,
  featureNames: readonly string[],
  text: CodeComments
): string[] {
  const { constant } = standardizationOf(dataset)
  const lines = [
    '',
    ...commentLines(text.standardize),
    'mu = x_train.mean(dim=0)',
    'sigma = x_train.std(dim=0, unbiased=False)'
  ]
  if (constant.length > 0) {
    const names = constant.map((j) => featureNames[j] ?? `x${j + 1}`).join(', ')
    lines.push(
      ...commentLines(text.constantColumns(names)),
      'constant = (x_train == x_train[0]).all(dim=0)',
      'mu[constant] = 0.0',
      'sigma[constant] = 1.0'
    )
  }
  lines.push('x_train = (x_train - mu) / sigma')
  return lines
}
