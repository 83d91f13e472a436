// The training loop, as the lab writes it: epochs 0..N, each a forward pass, its cost, a step,
// and a log line for every epoch divisible by the log interval, in the app's own log format
// (src/core/format.ts: costLine, costAccuracyLine). Mini-batches take torch.randperm(n)'s order
// each epoch, which is the engine's (MersenneTwister.randperm), so the batches are the same.
import { mistakesOf, type TrainingConfig } from '../config'
import type { CodeComments } from './comments'
import type { ModelCode } from './model'
import { commentLines } from './python'

export interface LoopInput {
  config: TrainingConfig
  model: ModelCode
  /** Mini-batches of config.batchSize rows (else the full batch, as the lab). */
  miniBatches: boolean
  logAccuracy: boolean
  /** The threshold as a tensor expression: 'torch.FloatTensor([0.5])'. */
  threshold: string
  text: CodeComments
}

const COST_FORMAT = "'Epoch {:4d}/{} Cost: {:.6f}'"
const COST_ACCURACY_FORMAT = "'Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%'"

/** The lab's print, indented by `indent`. */
function logPrint(indent: string, cost: string, accuracy: string | null): string[] {
  return accuracy === null
    ? [
        `${indent}print(${COST_FORMAT}.format(`,
        `${indent}    epoch, nb_epochs, ${cost}`,
        `${indent}))`
      ]
    : [
        `${indent}print(${COST_ACCURACY_FORMAT}.format(`,
        `${indent}    epoch, nb_epochs, ${cost}, ${accuracy} * 100,`,
        `${indent}))`
      ]
}

/**
 * The cost of H(x) against the labels `y`, as in the lab (F.binary_cross_entropy), or its
 * deliberate mistake, under a comment that says what is wrong.
 */
function costLines(
  indent: string,
  config: TrainingConfig,
  y: string,
  text: CodeComments
): string[] {
  const { loss } = mistakesOf(config)
  if (loss === 'bce') return [`${indent}cost = F.binary_cross_entropy(hypothesis, ${y})`]
  const cost =
    loss === 'mse'
      ? `F.mse_loss(hypothesis, ${y})`
      : `-(${y} * torch.log(hypothesis) + (1 - ${y}) * torch.log(1 - hypothesis)).mean()`
  return [...commentLines(text.mistakes[loss], indent), `${indent}cost = ${cost}`]
}

/** The optimizer's step, as in the lab; a forgotten zero_grad stays, commented out, in view. */
function stepLines(indent: string, config: TrainingConfig, text: CodeComments): string[] {
  const zeroGrad = mistakesOf(config).forgetZeroGrad
    ? [...commentLines(text.mistakes.forgetZeroGrad, indent), `${indent}# optimizer.zero_grad()`]
    : [`${indent}optimizer.zero_grad()`]
  return [
    `${indent}# ${text.step}`,
    ...zeroGrad,
    `${indent}cost.backward()`,
    `${indent}optimizer.step()`
  ]
}

function fullBatchLoop(input: LoopInput): string[] {
  const { config, model, logAccuracy, threshold, text } = input
  const accuracy = logAccuracy
    ? [
        `        prediction = hypothesis >= ${threshold}`,
        '        correct_prediction = prediction.float() == y_train',
        '        accuracy = correct_prediction.sum().item() / len(correct_prediction)'
      ]
    : []
  return [
    `nb_epochs = ${config.epochs}`,
    'for epoch in range(nb_epochs + 1):',
    '',
    `    # ${text.cost}`,
    `    hypothesis = ${model.hypothesis('x_train')}`,
    ...costLines('    ', config, 'y_train', text),
    '',
    ...stepLines('    ', config, text),
    '',
    `    # ${text.log(config.logEvery)}`,
    `    if epoch % ${config.logEvery} == 0:`,
    ...accuracy,
    ...logPrint('        ', 'cost.item()', logAccuracy ? 'accuracy' : null)
  ]
}

/**
 * Each epoch: torch.randperm(n), then batches of batch_size rows in that order, a step each. The
 * epoch's cost is the mean over every row of its batch's forward pass, as Logit Lab logs it.
 */
function miniBatchLoop(input: LoopInput): string[] {
  const { config, model, logAccuracy, threshold, text } = input
  const counting = logAccuracy
    ? [
        `        prediction = hypothesis >= ${threshold}`,
        '        epoch_correct += (prediction.float() == y_batch).sum().item()'
      ]
    : []
  return [
    `nb_epochs = ${config.epochs}`,
    `batch_size = ${config.batchSize ?? 0}`,
    'n = len(x_train)',
    'for epoch in range(nb_epochs + 1):',
    '',
    `    # ${text.shuffle}`,
    '    order = torch.randperm(n)',
    '    epoch_cost = 0.0',
    ...(logAccuracy ? ['    epoch_correct = 0'] : []),
    '    for start in range(0, n, batch_size):',
    '        rows = order[start:start + batch_size]',
    '        x_batch = x_train[rows]',
    '        y_batch = y_train[rows]',
    '',
    `        # ${text.cost}`,
    `        hypothesis = ${model.hypothesis('x_batch')}`,
    ...costLines('        ', config, 'y_batch', text),
    '',
    ...stepLines('        ', config, text),
    '',
    `        # ${text.epochSums}`,
    '        epoch_cost += cost.item() * len(rows)',
    ...counting,
    '',
    `    # ${text.log(config.logEvery)}`,
    `    if epoch % ${config.logEvery} == 0:`,
    ...logPrint('        ', 'epoch_cost / n', logAccuracy ? 'epoch_correct / n' : null)
  ]
}

export function loopLines(input: LoopInput): string[] {
  return input.miniBatches ? miniBatchLoop(input) : fullBatchLoop(input)
}
