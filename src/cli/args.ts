// Command-line arguments -> a checked request: `train` (run the lab's loop) or `code` (print the
// PyTorch code of that same run). Every refusal names the option.
import { parseArgs } from 'node:util'
import {
  CODE_COMMENT_LANGUAGES,
  PYTORCH_CODE_STYLES,
  defaultAdam,
  defaultSgd,
  labConfig,
  validateTrainingConfig,
  type CodeCommentLanguage,
  type OptimizerConfig,
  type PytorchCodeStyle,
  type TrainingConfig
} from '../core'
import { dataOptionsOf, type DataOptions } from './dataOptions'
import { CliError } from './errors'
import { withCliMistakes } from './mistakeOptions'
import { adamOnly, cliOptions, codeOnly, sgdOnly, trainOnly } from './optionTable'
import { OptionReader, type OptionValues } from './optionReader'

export interface TrainRequest {
  /** A CSV path as given, or a built-in set's name ('toy', 'iris', 'blobs', ...). */
  data: string
  /** A built-in set's parameters, polynomial features. */
  dataOptions: DataOptions
  config: TrainingConfig
  /** Log lines with the accuracy too. */
  accuracy: boolean
  json: boolean
}

/** `code`: the PyTorch code of the run `train` would run with the same options. */
export interface CodeRequest {
  data: string
  dataOptions: DataOptions
  config: TrainingConfig
  /** Log lines with the accuracy too, as `train --accuracy` prints them. */
  accuracy: boolean
  style: PytorchCodeStyle
  comments: CodeCommentLanguage
}

export type Command =
  | { kind: 'help' }
  | { kind: 'train'; request: TrainRequest }
  | { kind: 'code'; request: CodeRequest }

const COMMANDS = ['train', 'code'] as const

/** parseArgs' own errors, reworded to name the option the way a user typed it. */
function argumentError(error: Error & { code?: string }): CliError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new CliError(`unknown option ${option} (see --help)`)
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? new CliError(`${option} takes no value`)
        : new CliError(
            `${option} needs a value (for a value starting with -, write ${option}=VALUE)`
          )
    default:
      return new CliError(error.message.split('\n')[0])
  }
}

function parse(argv: string[]): { values: OptionValues; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: cliOptions, allowPositionals: true, strict: true })
  } catch (error) {
    if (error instanceof Error) throw argumentError(error)
    throw error
  }
}

const atLeastZero = (v: number): boolean => v >= 0

function optimizerConfig(values: OptionValues, read: OptionReader): OptimizerConfig {
  const kind = read.choice('optimizer', ['sgd', 'adam'] as const, 'sgd')
  const misplaced = (kind === 'sgd' ? adamOnly : sgdOnly).find((name) => values[name] !== undefined)
  if (misplaced) {
    const owner = kind === 'sgd' ? 'adam' : 'sgd'
    throw new CliError(`--${misplaced} applies to --optimizer ${owner} only`)
  }
  const lr = read.real('lr', 1, atLeastZero, 'a number >= 0')
  const weightDecay = read.real('weight-decay', 0, atLeastZero, 'a number >= 0')
  if (kind === 'adam') {
    const isBeta = (v: number): boolean => v >= 0 && v < 1
    return {
      ...defaultAdam,
      lr,
      weightDecay,
      beta1: read.real('beta1', defaultAdam.beta1, isBeta, 'a number in [0, 1)'),
      beta2: read.real('beta2', defaultAdam.beta2, isBeta, 'a number in [0, 1)'),
      eps: read.real('eps', defaultAdam.eps, atLeastZero, 'a number >= 0')
    }
  }
  const momentum = read.real('momentum', 0, atLeastZero, 'a number >= 0')
  const dampening = read.real('dampening', 0, () => true, 'a number')
  const nesterov = values.nesterov === true
  if (nesterov && (momentum <= 0 || dampening !== 0)) {
    throw new CliError('--nesterov needs --momentum > 0 and --dampening 0 (as torch.optim.SGD)')
  }
  return { ...defaultSgd, lr, weightDecay, momentum, dampening, nesterov }
}

/** The option a config field comes from, for the last-resort check below. */
const optionOfField: Record<string, string> = {
  epochs: 'epochs',
  logEvery: 'log-every',
  init: 'init',
  seed: 'seed',
  threshold: 'threshold',
  batchSize: 'batch-size',
  'optimizer.weightDecay': 'weight-decay'
}

/** The run both commands describe: the data and the training config. */
function runOptions(values: OptionValues): {
  data: string
  dataOptions: DataOptions
  config: TrainingConfig
} {
  const read = new OptionReader(values)
  const batch = read.whole('batch-size', 0, 1)
  const settings: TrainingConfig = {
    ...labConfig,
    epochs: read.whole('epochs', labConfig.epochs, 0),
    logEvery: read.whole('log-every', labConfig.logEvery, 1),
    init: read.choice('init', ['zeros', 'torch'] as const, 'zeros'),
    seed: read.whole('seed', labConfig.seed, 0),
    threshold: read.real('threshold', 0.5, (v) => v >= 0 && v <= 1, 'a number in [0, 1]'),
    batchSize: values['batch-size'] === undefined ? null : batch,
    optimizer: optimizerConfig(values, read)
  }
  const config = withCliMistakes(settings, values.mistake, values.lr !== undefined)
  // The engine's own rules, in case they grow stricter than the checks above.
  const problem = validateTrainingConfig(config)[0]
  if (problem) {
    const option = optionOfField[problem.field] ?? problem.field.replace('optimizer.', '')
    throw new CliError(`--${option} ${problem.message}`)
  }
  const data = typeof values.data === 'string' ? values.data : 'toy'
  if (data.trim() === '') throw new CliError('--data needs a CSV path or a data set (see --help)')
  const readers = {
    real: (name: 'noise') =>
      values[name] === undefined ? undefined : read.real(name, 0, () => true, 'a number'),
    whole: (name: 'rows' | 'data-seed') =>
      values[name] === undefined ? undefined : read.whole(name, 0, 0)
  }
  const dataOptions = dataOptionsOf(data, readers, values.poly === true, config.seed)
  return { data, dataOptions, config }
}

export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv)
  if (values.help === true) return { kind: 'help' }
  const [command, ...extra] = positionals
  if (command === undefined) throw new CliError('missing command: train or code (see --help)')
  if (command !== 'train' && command !== 'code') {
    throw new CliError(
      `unknown command ${JSON.stringify(command)}: the commands are ${COMMANDS.join(' and ')} (see --help)`
    )
  }
  if (extra.length > 0)
    throw new CliError(`unexpected argument ${JSON.stringify(extra[0])} (see --help)`)
  const misplaced = (command === 'train' ? codeOnly : trainOnly).find(
    (n) => values[n] !== undefined
  )
  if (misplaced) {
    throw new CliError(`--${misplaced} applies to ${command === 'train' ? 'code' : 'train'} only`)
  }
  const { data, dataOptions, config } = runOptions(values)
  const accuracy = values.accuracy === true
  if (command === 'train') {
    return {
      kind: 'train',
      request: { data, dataOptions, config, accuracy, json: values.json === true }
    }
  }
  const read = new OptionReader(values)
  const style = read.choice('style', PYTORCH_CODE_STYLES, 'low-level')
  const comments = read.choice('comments', CODE_COMMENT_LANGUAGES, 'en')
  return { kind: 'code', request: { data, dataOptions, config, accuracy, style, comments } }
}
