// What a host checks before it starts a run, so bad input gets an answer naming the row, column
// or field, and nothing starts. The renderer validates its table as the user edits it; this is
// the trainer side's own check (a payload may come from anywhere), with the same issue codes and
// sentences as the rest of the core (see dataset.ts).
import { validateTrainingConfig } from './config'
import { describeIssue, type DatasetIssue } from './dataset'
import { Trainer } from './trainer'
import type { RunData, RunRequest, RunSpeed } from './runnerTypes'

export interface RunInputError {
  code: 'invalidPayload' | 'invalidData'
  /** The payload path the error is about, e.g. 'data.x[3][1]' (0-based row, then column). */
  field?: string
  message: string
}

const isCount = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function payloadError(field: string, message: string): RunInputError {
  return { code: 'invalidPayload', field, message: `${field}: ${message}` }
}

function dataError(field: string, issue: DatasetIssue): RunInputError {
  return { code: 'invalidData', field, message: describeIssue(issue) }
}

/** The shape of the data, then every cell: features finite, labels exactly 0 or 1. */
export function checkRunData(data: RunData): RunInputError | null {
  const { rows, cols, x, y, featureNames } = data
  if (!isCount(rows, 0)) return payloadError('data.rows', 'must be a whole number')
  if (!isCount(cols, 0)) return payloadError('data.cols', 'must be a whole number')
  if (rows === 0) return dataError('data.rows', { code: 'empty', severity: 'error' })
  if (cols === 0) return dataError('data.cols', { code: 'noFeatures', severity: 'error' })
  if (!(x instanceof Float64Array) || x.length !== rows * cols) {
    return payloadError('data.x', `must be a Float64Array of rows x cols = ${rows * cols} numbers`)
  }
  if (!(y instanceof Float64Array) || y.length !== rows) {
    const issue: DatasetIssue = {
      code: 'labelCount',
      severity: 'error',
      value: String(y?.length),
      expected: rows
    }
    return dataError('data.y', issue)
  }
  if (!Array.isArray(featureNames) || featureNames.length !== cols) {
    return payloadError('data.featureNames', `must name each of the ${cols} feature columns`)
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = x[i * cols + j]
      if (!Number.isFinite(value)) {
        const issue: DatasetIssue = {
          code: 'nonFinite',
          severity: 'error',
          row: i,
          column: j,
          value: String(value)
        }
        return dataError(`data.x[${i}][${j}]`, issue)
      }
    }
    if (y[i] !== 0 && y[i] !== 1) {
      const issue: DatasetIssue = {
        code: 'badLabel',
        severity: 'error',
        row: i,
        column: cols,
        value: String(y[i])
      }
      return dataError(`data.y[${i}]`, issue)
    }
  }
  return null
}

export function checkSpeed(speed: RunSpeed, field = 'speed'): RunInputError | null {
  if (speed?.mode === 'max') return null
  if (speed?.mode !== 'paced') return payloadError(`${field}.mode`, "must be 'max' or 'paced'")
  if (!isFiniteNumber(speed.epochsPerSecond) || speed.epochsPerSecond <= 0) {
    return payloadError(`${field}.epochsPerSecond`, 'must be a positive number')
  }
  return null
}

export function checkStepEpochs(epochs: number): RunInputError | null {
  return isCount(epochs, 1) ? null : payloadError('epochs', 'must be a whole number >= 1')
}

/** The config as the trainer checks it (PyTorch's own limits), by field. */
function checkConfig(request: RunRequest): RunInputError | null {
  const { config } = request
  if (typeof config !== 'object' || config === null || typeof config.optimizer !== 'object') {
    return payloadError('config', 'must be a training config')
  }
  const issue = validateTrainingConfig(config)[0]
  return issue ? payloadError(`config.${issue.field}`, issue.message) : null
}

/** A saved state must fit the data and hold finite weights (as the trainer requires). */
function checkResumeFrom(request: RunRequest): RunInputError | null {
  const state = request.resumeFrom
  if (state === undefined) return null
  if (!Array.isArray(state.params) || state.params.length !== request.data.cols + 1) {
    return payloadError(
      'resumeFrom.params',
      `must hold ${request.data.cols} weights and the bias, as the data has ${request.data.cols} features`
    )
  }
  if (!state.params.every(isFiniteNumber)) {
    return payloadError('resumeFrom.params', 'must be finite numbers')
  }
  if (!isCount(state.epoch, 0)) return payloadError('resumeFrom.epoch', 'must be a whole number')
  if (!Array.isArray(state.rng?.state) || state.rng.state.length !== 624) {
    return payloadError('resumeFrom.rng.state', 'must hold the 624 words of mt19937')
  }
  // The rest (version, optimizer state) is what restoring it checks: try, so a worker never has to.
  try {
    Trainer.resume({ ...request.data }, request.config, state)
  } catch (error) {
    return payloadError('resumeFrom', error instanceof Error ? error.message : String(error))
  }
  return null
}

export function checkRunRequest(request: RunRequest): RunInputError | null {
  return (
    checkConfig(request) ??
    checkSpeed(request.speed) ??
    checkRunData(request.data) ??
    checkResumeFrom(request)
  )
}
