// The model a session holds, for `export`: its run's weights and bias (in raw units), the settings' threshold
// (the one the app predicts with: it can change after training), the table's feature names and,
// for the formats that evaluate it, the table as a data set. Refusals name the file and why.
import {
  rawUnitModel,
  standardizationOf,
  standardizes,
  type Dataset,
  type TrainingConfig
} from '../core'
import { exportIssues, type ExportIssue, type ExportModel } from '../core/export'
import { trainingFromSession, type Session } from '../shared/session'
import { CliError } from './errors'
import { describeTableIssue } from './tableIssue'

/** The session's table as a data set, and the config its run trained with (or would). */
export function sessionData(
  session: Session,
  file: string
): { dataset: Dataset; config: TrainingConfig } {
  const training = trainingFromSession(session)
  if (training.ok) return { dataset: training.dataset, config: training.config }
  const { problem } = training
  if (problem.code === 'featureCount') {
    throw new CliError(
      `${file}: its table has ${problem.table} features and its model ${problem.run} weights ` +
        '(the table changed after the run)'
    )
  }
  throw new CliError(
    `${file}: the table cannot be evaluated: ${describeTableIssue(problem, session)}`
  )
}

/** The trained model; refused without a run, or for one that diverged or failed. */
export function sessionModel(session: Session, file: string): ExportModel {
  const { run } = session
  if (run === null) {
    throw new CliError(
      `${file}: the session has no trained model to export (train one with train --save, or in the app)`
    )
  }
  if (run.state === 'diverged' || run.state === 'error') {
    throw new CliError(
      `${file}: its run ${run.state === 'diverged' ? 'diverged' : 'failed'}, so its weights are no trained model`
    )
  }
  // A run on standardized features exports in the table's raw units, as the app does: the
  // scaling folded into W and b (core/standardize.ts), so the model predicts from the raw rows.
  const raw = standardizes(run.config)
    ? rawUnitModel(run.weights, run.bias, standardizationOf(sessionData(session, file).dataset))
    : { weights: run.weights, bias: run.bias }
  return {
    featureNames: session.data.featureNames,
    ...raw,
    threshold: session.settings.config.threshold
  }
}

/** Refuses a model (with the data, for the formats that evaluate it) that cannot be exported. */
export function checkExportable(model: ExportModel, file: string, dataset?: Dataset): void {
  const issue = exportIssues(model, dataset)[0]
  if (issue) throw new CliError(`${file}: cannot export the model: ${describeExportIssue(issue)}`)
}

export function describeExportIssue(issue: ExportIssue): string {
  switch (issue.code) {
    case 'noWeights':
      return 'it has no weights (the table has no feature column)'
    case 'featureNameCount':
      return (
        `the table names ${issue.actual} features and the model has ${issue.expected} weights ` +
        '(the table changed after the run)'
      )
    case 'notFloat32':
      return `its ${issue.field} is not a number float32 can hold`
    case 'threshold':
      return 'its threshold is not a number in [0, 1]'
    case 'dataWidth':
      return `the table has ${issue.actual} features and the model ${issue.expected} weights`
  }
}
