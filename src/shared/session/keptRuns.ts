// Runs kept for comparison (issue 12 §3): up to MAX_KEPT_RUNS finished runs, each with what the
// Compare view shows of it (settings, final numbers, weights) and its curves downsampled to at
// most MAX_KEPT_POINTS points, so four of them add only ~100 kB to a session file. A kept run is
// a picture of a run, not a run: it cannot be continued, so it keeps no trainer state or log.
import '../zodSetup' // before any schema is built
import { z } from 'zod'
import { MAX_COLS, MAX_EPOCHS } from '../limits'
import { trainingConfigSchema, unitInterval } from '../configSchemas'
import { boundHistory } from './runRecorder'
import type { SessionError } from './sessionErrors'
import type { KeptRun, KeptRunState, SessionRun } from './sessionTypes'

/** How many runs the Compare view keeps. */
export const MAX_KEPT_RUNS = 4
/** The points of each kept curve (cost and accuracy share the epochs). */
export const MAX_KEPT_POINTS = 1000

const KEPT_STATES = ['done', 'stopped', 'diverged'] as const satisfies readonly KeptRunState[]

const points = z.array(z.number()).max(MAX_KEPT_POINTS)

/** One kept run, in memory and on disk alike (small: zod checks every element). */
export const keptRunSchema = z.strictObject({
  config: trainingConfigSchema,
  state: z.enum(KEPT_STATES),
  epoch: z.number().int().min(0).max(MAX_EPOCHS),
  weights: z.array(z.number()).max(MAX_COLS),
  bias: z.number(),
  finalCost: z.number(),
  finalAccuracy: unitInterval,
  curve: z.strictObject({ epochs: points, cost: points, accuracy: points })
})

export const keptRunsSchema = z.array(keptRunSchema).max(MAX_KEPT_RUNS)

/** Whether a run has ended and can be kept: done, stopped or diverged, with at least one point. */
export function isKeepable(run: SessionRun | null): run is SessionRun & { state: KeptRunState } {
  return (
    run !== null &&
    (KEPT_STATES as readonly string[]).includes(run.state) &&
    run.history.epochs.length > 0
  )
}

/**
 * A finished run as a kept run: its curve within MAX_KEPT_POINTS (the min/max envelope the
 * charts use, so spikes stay), and its final numbers from the latest point it has, the log's
 * line where that is the latest (the log's numbers are the exact ones the student reads).
 */
export function keptRunOf(run: SessionRun & { state: KeptRunState }): KeptRun {
  const { history, log } = run
  const last = history.epochs.length - 1
  const logLast = log.epochs.length - 1
  const fromLog = logLast >= 0 && log.epochs[logLast] >= history.epochs[last]
  return {
    config: structuredClone(run.config),
    state: run.state,
    epoch: fromLog ? log.epochs[logLast] : history.epochs[last],
    weights: [...run.weights],
    bias: run.bias,
    finalCost: fromLog ? log.cost[logLast] : history.cost[last],
    finalAccuracy: fromLog ? log.accuracy[logLast] : history.accuracy[last],
    curve: downsampledCurve(history, MAX_KEPT_POINTS)
  }
}

/** At most `max` points (max >= 5), the last one always kept: the curve ends where the run did. */
export function downsampledCurve(history: SessionRun['history'], max: number): KeptRun['curve'] {
  const count = history.epochs.length
  const bounded = boundHistory(history, max - 1)
  const endsAtLast = bounded.epochs.at(-1) === history.epochs[count - 1]
  const epochs = Array.from(bounded.epochs)
  const cost = Array.from(bounded.cost)
  const accuracy = Array.from(bounded.accuracy)
  if (!endsAtLast && count > 0) {
    epochs.push(history.epochs[count - 1])
    cost.push(history.cost[count - 1])
    accuracy.push(history.accuracy[count - 1])
  }
  return { epochs, cost, accuracy }
}

/**
 * The rules past the schema (which refuses numbers that are not finite): the curves' arrays are
 * as long as each other, their epochs whole, strictly ascending and within the run.
 */
export function keptRunsProblem(runs: readonly KeptRun[]): SessionError | null {
  for (let k = 0; k < runs.length; k++) {
    const problem = keptRunProblem(runs[k], `keptRuns[${k}]`)
    if (problem) return problem
  }
  return null
}

function keptRunProblem(run: KeptRun, field: string): SessionError | null {
  if (run.epoch > run.config.epochs) return invalid(`${field}.epoch`, 'value')
  const { epochs, cost, accuracy } = run.curve
  if (epochs.length === 0) return invalid(`${field}.curve.epochs`, 'value')
  for (const [name, values] of [
    ['cost', cost],
    ['accuracy', accuracy]
  ] as const) {
    if (values.length !== epochs.length) {
      const at = `${field}.curve.${name}`
      return {
        code: 'mismatch',
        field: at,
        measure: 'length',
        expected: epochs.length,
        actual: values.length
      }
    }
  }
  let previous = -1
  for (let i = 0; i < epochs.length; i++) {
    const epoch = epochs[i]
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > run.epoch) {
      return invalid(`${field}.curve.epochs[${i}]`, 'value')
    }
    if (epoch <= previous) return invalid(`${field}.curve.epochs[${i}]`, 'order')
    previous = epoch
    if (!(accuracy[i] >= 0 && accuracy[i] <= 1)) {
      return invalid(`${field}.curve.accuracy[${i}]`, 'value')
    }
  }
  return null
}

function invalid(field: string, reason: 'value' | 'order'): SessionError {
  return { code: 'invalidField', field, reason }
}
