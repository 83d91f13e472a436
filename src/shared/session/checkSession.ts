// Everything a session must satisfy, checked on the session in memory: by decodeSession after it
// converted a document (so a file that passes is one the UI can show and continue), and by
// encodeSession before it writes (so the app never writes a file it would refuse to open).
import {
  MAX_APP_FIELD_LENGTH,
  MAX_FEATURE_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH
} from '../limits'
import { runHeadSchema, savedAtSchema, settingsSchema } from './documentSchema'
import type { TrainingConfig } from '../../core/config'
import type { TrainerState } from '../../core/trainerState'
import { issueError } from './issueError'
import { keptRunsProblem, keptRunsSchema } from './keptRuns'
import type { InvalidReason, SessionError, SessionText } from './sessionErrors'
import { shapeProblem, type SessionShape } from './sessionShape'
import type { Session, SessionData, SessionRun, SessionSeries } from './sessionTypes'

/**
 * Every rule, for a session from the app (encodeSession): its settings and run are checked with
 * the schemas a document's are parsed with, then by checkSessionContent, in decoding's order.
 */
export function checkSession(session: Session): SessionError | null {
  return settingsProblem(session) ?? checkSessionContent(session)
}

/**
 * The rules beyond the schemas, for a session converted from a document that passed them
 * (decodeSession): the schemas' per-element checks of the trainer state are not run twice.
 */
export function checkSessionContent(session: Session): SessionError | null {
  return (
    shapeProblem(shapeOf(session)) ??
    textLengthProblem(session) ??
    cellTextsProblem(session.data) ??
    keptSettingsProblem(session.settings) ??
    (session.run && runProblem(session.run)) ??
    keptRunsProblem(session.keptRuns ?? [])
  )
}

/** What the settings keep besides the config agrees with it. */
function keptSettingsProblem({
  config,
  otherOptimizer,
  batchSize
}: Session['settings']): SessionError | null {
  if (otherOptimizer.kind === config.optimizer.kind) {
    return invalid('settings.otherOptimizer.kind', 'value')
  }
  if (config.batchSize !== null && batchSize !== config.batchSize) {
    return mismatch('settings.batchSize', config.batchSize, batchSize)
  }
  return null
}

/** The app's name and version as a document records them. */
export function appProblem(name: string, version: string): SessionError | null {
  return (
    tooLong('appName', 'app.name', name, MAX_APP_FIELD_LENGTH) ??
    tooLong('appVersion', 'app.version', version, MAX_APP_FIELD_LENGTH)
  )
}

/** A save time as the document spells it (a year past 9999 has no such spelling). */
export function savedAtProblem(savedAt: string): SessionError | null {
  return savedAtSchema.safeParse(savedAt).success
    ? null
    : { code: 'invalidField', field: 'savedAt', reason: 'value' }
}

export function shapeOf({ data, run }: Session): SessionShape {
  return {
    features: data.featureNames.length,
    rows: data.rows,
    columns: data.columns.map((column) => column.length),
    textColumns: data.texts.length,
    history: run && [
      run.history.epochs.length,
      run.history.cost.length,
      run.history.accuracy.length
    ],
    log: run && [
      run.log.epochs.length,
      run.log.cost.length,
      run.log.accuracy.length,
      run.log.texts.length
    ]
  }
}

function textLengthProblem({ title, notes, data }: Session): SessionError | null {
  const names = data.featureNames
  for (let j = 0; j < names.length; j++) {
    if (typeof names[j] !== 'string') return invalid(`data.featureNames[${j}]`, 'type')
    const problem = tooLong(
      'featureName',
      `data.featureNames[${j}]`,
      names[j],
      MAX_FEATURE_NAME_LENGTH
    )
    if (problem) return problem
  }
  return (
    tooLong('title', 'title', title, MAX_TITLE_LENGTH) ??
    tooLong('notes', 'notes', notes, MAX_NOTES_LENGTH) ??
    tooLong('labelName', 'data.labelName', data.labelName, MAX_FEATURE_NAME_LENGTH)
  )
}

function tooLong(
  what: SessionText,
  field: string,
  text: string,
  limit: number
): SessionError | null {
  if (typeof text !== 'string') return invalid(field, 'type')
  return text.length > limit ? { code: 'tooLong', what, field, limit, actual: text.length } : null
}

/** The small structured parts, with the same schemas a document's are parsed with. */
function settingsProblem({ settings, run, keptRuns = [] }: Session): SessionError | null {
  const parsedSettings = settingsSchema.safeParse(settings)
  if (!parsedSettings.success) return issueError(parsedSettings.error, settings, ['settings'])
  if (run !== null) {
    const parsedRun = runHeadSchema.safeParse(run)
    if (!parsedRun.success) return issueError(parsedRun.error, run, ['run'])
  }
  const parsedKept = keptRunsSchema.safeParse(keptRuns)
  return parsedKept.success ? null : issueError(parsedKept.error, keptRuns, ['keptRuns'])
}

/** Each column's [row, text] pairs: rows in the table, strictly ascending, texts strings. */
function cellTextsProblem({ texts, rows }: SessionData): SessionError | null {
  for (let j = 0; j < texts.length; j++) {
    const pairs = texts[j]
    if (!Array.isArray(pairs)) return invalid(`data.texts[${j}]`, 'type')
    let previous = -1
    for (let k = 0; k < pairs.length; k++) {
      const pair: unknown = pairs[k]
      const field = `data.texts[${j}][${k}]`
      if (!isTextPair(pair)) return invalid(field, 'type')
      const row = pair[0]
      // -0 is no row index (the editor's Map has none: it stores -0 as 0); the file writes 0.
      if (!Number.isInteger(row) || row < 0 || Object.is(row, -0) || row >= rows) {
        return invalid(`${field}[0]`, 'value')
      }
      if (row <= previous) return invalid(`${field}[0]`, 'order')
      previous = row
    }
  }
  return null
}

export function isTextPair(pair: unknown): pair is [number, string] {
  return (
    Array.isArray(pair) &&
    pair.length === 2 &&
    typeof pair[0] === 'number' &&
    typeof pair[1] === 'string'
  )
}

function runProblem(run: SessionRun): SessionError | null {
  if (run.totalEpochs !== run.config.epochs) {
    return mismatch('run.totalEpochs', run.config.epochs, run.totalEpochs)
  }
  if (run.epoch > run.totalEpochs) return invalid('run.epoch', 'value')
  return (
    trainerProblem(run) ??
    statusProblem(run) ??
    seriesProblem(run.history, 'run.history', run.epoch) ??
    seriesProblem(run.log, 'run.log', run.epoch) ??
    logTextsProblem(run.log.texts)
  )
}

/** The saved trainer state continues exactly this run: its optimizer, weights and next epoch. */
function trainerProblem({
  trainer,
  config,
  weights,
  bias,
  epoch
}: SessionRun): SessionError | null {
  if (trainer === null) return null
  const optimizer = trainer.optimizer
  if (optimizer.kind !== config.optimizer.kind)
    return invalid('run.trainer.optimizer.kind', 'value')
  const size = weights.length + 1
  const params = trainer.params
  if (params.length !== size) return lengthMismatch('run.trainer.params', size, params.length)
  for (let i = 0; i < size; i++) {
    const shown = i < weights.length ? weights[i] : bias
    if (params[i] !== shown) return mismatch(`run.trainer.params[${i}]`, shown, params[i])
  }
  const moments: [string, number[] | null][] =
    optimizer.kind === 'adam'
      ? [
          ['expAvg', optimizer.expAvg],
          ['expAvgSq', optimizer.expAvgSq]
        ]
      : [['momentumBuffer', optimizer.momentumBuffer]]
  for (const [name, values] of moments) {
    if (values !== null && values.length !== size) {
      return lengthMismatch(`run.trainer.optimizer.${name}`, size, values.length)
    }
  }
  if (trainer.epoch !== epoch + 1) return mismatch('run.trainer.epoch', epoch + 1, trainer.epoch)
  return accumulatedGradProblem(trainer, config, size)
}

/** Only a run that forgets zero_grad (a deliberate mistake) saves its gradient, one per parameter. */
function accumulatedGradProblem(
  trainer: TrainerState,
  config: TrainingConfig,
  size: number
): SessionError | null {
  const grad = trainer.accumulatedGrad
  if ((grad !== undefined) !== (config.mistakes?.forgetZeroGrad === true)) {
    return invalid('run.trainer.accumulatedGrad', 'value')
  }
  if (grad !== undefined && grad.length !== size) {
    return lengthMismatch('run.trainer.accumulatedGrad', size, grad.length)
  }
  return null
}

/**
 * The status line's problem and notice belong to the run: a divergence to a diverged run, within
 * its epochs; a lost worker to a failed one; chaos found at an epoch the run has reached.
 */
function statusProblem({
  state,
  problem,
  notice,
  epoch,
  totalEpochs
}: SessionRun): SessionError | null {
  if (problem !== null) {
    const expected = problem.code === 'diverged' ? 'diverged' : 'error'
    if (state !== expected) return invalid('run.problem.code', 'value')
    if (problem.code === 'diverged' && problem.epoch > totalEpochs) {
      return invalid('run.problem.epoch', 'value')
    }
  }
  if (notice !== null && notice.epoch > epoch) return invalid('run.notice.epoch', 'value')
  return null
}

/**
 * Points of epochs 0..lastEpoch, strictly ascending (the charts draw them in order), with a
 * finite cost and an accuracy in [0, 1].
 */
function seriesProblem(
  series: SessionSeries,
  field: string,
  lastEpoch: number
): SessionError | null {
  const { epochs, cost, accuracy } = series
  let previous = -1
  for (let i = 0; i < epochs.length; i++) {
    const epoch = epochs[i]
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > lastEpoch) {
      return invalid(`${field}.epochs[${i}]`, 'value')
    }
    if (epoch <= previous) return invalid(`${field}.epochs[${i}]`, 'order')
    previous = epoch
    if (!Number.isFinite(cost[i])) return invalid(`${field}.cost[${i}]`, 'value')
    const fraction = accuracy[i]
    if (!(fraction >= 0 && fraction <= 1)) return invalid(`${field}.accuracy[${i}]`, 'value')
  }
  return null
}

function logTextsProblem(texts: readonly unknown[]): SessionError | null {
  const bad = texts.findIndex((text) => typeof text !== 'string')
  return bad < 0 ? null : invalid(`run.log.texts[${bad}]`, 'type')
}

function invalid(field: string, reason: InvalidReason): SessionError {
  return { code: 'invalidField', field, reason }
}

function mismatch(field: string, expected: number, actual: number): SessionError {
  return { code: 'mismatch', field, measure: 'value', expected, actual }
}

function lengthMismatch(field: string, expected: number, actual: number): SessionError {
  return { code: 'mismatch', field, measure: 'length', expected, actual }
}
