// Command-line arguments -> a checked request: `train` (run the lab's loop, maybe saving it as a
// session, or continue a saved one), `code` (print the PyTorch code of that same run) or `export`
// (a session's model in another format). Every refusal names the option.
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
import { exportRequest, type ExportRequest } from './exportArgs'
import {
  adamOnly,
  cliOptions,
  COMMANDS,
  commandsOf,
  runSemantics,
  sgdOnly,
  type CliOptionName,
  type CommandName
} from './optionTable'
import { withCliMistakes } from './mistakeOptions'
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
  save: SaveRequest | null
}

/** `train --save FILE [--title TEXT]`: where the session goes. */
export interface SaveRequest {
  /** The path as given. */
  path: string
  title: string
}

/** `train --resume FILE`: continue the session's run. */
export interface ResumeRequest {
  /** The session file, as given. */
  file: string
  /** The new N; null: the run's own. */
  epochs: number | null
  /** The new log interval; null: the run's own. */
  logEvery: number | null
  accuracy: boolean
  json: boolean
  /** Where the continued session goes; null: back to `file`. */
  save: string | null
  /** The session's new title; null: its own. */
  title: string | null
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
  | { kind: 'resume'; request: ResumeRequest }
  | { kind: 'code'; request: CodeRequest }
  | { kind: 'export'; request: ExportRequest }

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

/** The option a config field comes from, for the last-resort check below (and --save's). */
const optionOfField: Record<string, string> = {
  epochs: 'epochs',
  logEvery: 'log-every',
  init: 'init',
  seed: 'seed',
  threshold: 'threshold',
  batchSize: 'batch-size',
  'optimizer.weightDecay': 'weight-decay'
}

/** The option that sets config field `field` (e.g. 'optimizer.lr' -> 'lr'). */
export function optionOf(field: string): string {
  return optionOfField[field] ?? field.replace('optimizer.', '')
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
    optimizer: optimizerConfig(values, read),
    // Absent unless asked for: the config stays the lab's (and a saved session's file too).
    ...(values.standardize === true ? { standardize: true } : {})
  }
  const config = withCliMistakes(settings, values.mistake, values.lr !== undefined)
  // The engine's own rules, in case they grow stricter than the checks above.
  const problem = validateTrainingConfig(config)[0]
  if (problem) {
    throw new CliError(`--${optionOf(problem.field)} ${problem.message}`)
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

const isCommand = (text: string): text is CommandName => COMMANDS.some((c) => c === text)

/** "train", "train and code", "train, code and export". */
function listed(names: readonly string[]): string {
  return names.length === 1
    ? names[0]
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv)
  if (values.help === true) return { kind: 'help' }
  const [command, ...extra] = positionals
  if (command === undefined) {
    throw new CliError(`missing command: ${listed(COMMANDS).replace(' and ', ' or ')} (see --help)`)
  }
  if (!isCommand(command)) {
    throw new CliError(
      `unknown command ${JSON.stringify(command)}: the commands are ${listed(COMMANDS)} (see --help)`
    )
  }
  const given = (Object.keys(values) as CliOptionName[]).filter((n) => values[n] !== undefined)
  const misplaced = given.find((name) => !commandsOf(name).includes(command))
  if (misplaced) {
    throw new CliError(`--${misplaced} applies to ${listed(commandsOf(misplaced))} only`)
  }
  if (command === 'export') return { kind: 'export', request: exportRequest(values, extra) }
  if (extra.length > 0) {
    throw new CliError(`unexpected argument ${JSON.stringify(extra[0])} (see --help)`)
  }
  if (command === 'train') return trainCommand(values, given)
  const { data, dataOptions, config } = runOptions(values)
  const read = new OptionReader(values)
  const style = read.choice('style', PYTORCH_CODE_STYLES, 'low-level')
  const comments = read.choice('comments', CODE_COMMENT_LANGUAGES, 'en')
  const accuracy = values.accuracy === true
  return { kind: 'code', request: { data, dataOptions, config, accuracy, style, comments } }
}

function trainCommand(values: OptionValues, given: CliOptionName[]): Command {
  const accuracy = values.accuracy === true
  const json = values.json === true
  const paths = new OptionReader(values)
  const save = paths.path('save')
  const resume = paths.path('resume')
  const title = typeof values.title === 'string' ? values.title : null
  if (resume !== null) {
    const changed = given.find((name) => runSemantics.includes(name))
    if (changed) {
      throw new CliError(
        `--${changed} cannot change a resumed run: it continues with the settings it was ` +
          `trained with, so that it ends as if it had never stopped (to train with --${changed}, ` +
          'start a new run without --resume)'
      )
    }
    const read = new OptionReader(values)
    const epochs = values.epochs === undefined ? null : read.whole('epochs', 0, 0)
    const logEvery = values['log-every'] === undefined ? null : read.whole('log-every', 1, 1)
    return {
      kind: 'resume',
      request: { file: resume, epochs, logEvery, accuracy, json, save, title }
    }
  }
  if (title !== null && save === null) {
    throw new CliError('--title applies to train --save or --resume only')
  }
  const { data, dataOptions, config } = runOptions(values)
  const saveRequest = save === null ? null : { path: save, title: title ?? '' }
  return {
    kind: 'train',
    request: { data, dataOptions, config, accuracy, json, save: saveRequest }
  }
}
