// `train --resume FILE [--epochs N]`: continue a session's run exactly where it stopped, with the
// settings it was trained with (its data, init, seed, optimizer, batches and threshold), to epoch
// N. It prints the lines from its next logged epoch on exactly as the uninterrupted run prints
// them, its total N included, then writes the session back (or to --save).
import { describeCsvIssue, type TrainerState, type TrainingConfig, type Dataset } from '../core'
import { MAX_LOG_LINES } from '../shared/limits'
import {
  continuedSession,
  RunRecorder,
  trainingFromSession,
  type Session,
  type SessionRun,
  type SessionTrainingProblem
} from '../shared/session'
import type { ResumeRequest } from './args'
import { CliError } from './errors'
import { checkOutputPath } from './outputFile'
import { sessionConfigProblem } from './saveChecks'
import { readSessionFile, writeSessionFile } from './sessionFile'
import { describeTableIssue } from './tableIssue'
import { divergedError, runAndReport, startRun, type TrainOutput } from './trainingRun'

const count = (n: number): string => n.toLocaleString('en-US')

interface Continuation {
  dataset: Dataset
  warnings: string[]
  run: SessionRun
  state: TrainerState
  config: TrainingConfig
}

export async function resume(request: ResumeRequest, output: TrainOutput): Promise<void> {
  const saved = readSessionFile(request.file)
  const target = request.save ?? request.file
  const next = continuation(saved, request)
  checkSavableRun(next, target)
  checkOutputPath(target)
  const run = await startRun(next.dataset, next.config, next.state)
  const recorder = new RunRecorder(run.trainer, next.run)
  let diverged
  try {
    next.warnings.forEach((warning) => output.warn(`warning: ${warning}`))
    diverged = await runAndReport(run, request, output, (record) => recorder.record(record))
  } finally {
    await run.accumulator?.dispose()
  }
  const title = request.title ?? undefined
  await writeSessionFile(target, continuedSession(saved, recorder.finish(), title), output.warn)
  if (diverged) throw divergedError(diverged, run.trainer.config)
}

/** What continues the session's run to the requested N, or why it cannot be continued. */
function continuation(session: Session, request: ResumeRequest): Continuation {
  const { file } = request
  const refuse = (reason: string): CliError => new CliError(`${file}: ${reason}`)
  const { run } = session
  if (run === null) {
    throw refuse('the session has no run to continue (train one with --save, or in the app)')
  }
  if (run.trainer === null) {
    throw refuse(
      run.state === 'diverged'
        ? 'its run diverged (its numbers stopped being finite), so it cannot be continued ' +
            '(train anew with a smaller --lr)'
        : `its run ended (${run.state}) without the state that continues it`
    )
  }
  const training = trainingFromSession(session)
  if (!training.ok) throw refuse(describeProblem(training.problem, session))
  const epochs = request.epochs ?? run.config.epochs
  if (epochs <= run.epoch) {
    throw refuse(
      `its run is already at epoch ${run.epoch} of ${run.totalEpochs} ` +
        `(give --epochs above ${run.epoch} to train further)`
    )
  }
  const logEvery = request.logEvery ?? run.config.logEvery
  return {
    dataset: training.dataset,
    warnings: training.warnings.map((issue) => describeCsvIssue(issue, { source: file })),
    run,
    state: run.trainer,
    config: { ...run.config, epochs, logEvery }
  }
}

function describeProblem(problem: SessionTrainingProblem, session: Session): string {
  if (problem.code === 'featureCount') {
    return (
      `its table has ${problem.table} features and its run ${problem.run} weights: the table ` +
      'changed after the run, so the run cannot continue on it'
    )
  }
  return (
    `the table cannot be trained on: ${describeTableIssue(problem, session)}; ` +
    'fix it in the app first'
  )
}

/** Refuses, before training, a continued run the session could not hold. */
function checkSavableRun({ run, config, state }: Continuation, target: string): void {
  const cannot = (reason: string): CliError =>
    new CliError(`cannot save ${JSON.stringify(target)}: ${reason}`)
  const problem = sessionConfigProblem(config)
  if (problem) throw cannot(problem)
  // Lines of epochs next..N that are multiples of K, after the lines already in the log.
  const { epochs, logEvery } = config
  const added = Math.floor(epochs / logEvery) - Math.floor((state.epoch - 1) / logEvery)
  const lines = run.log.epochs.length + added
  if (lines > MAX_LOG_LINES) {
    throw cannot(
      `its log would hold ${count(lines)} lines, and a session keeps at most ` +
        `${count(MAX_LOG_LINES)} (use a larger --log-every)`
    )
  }
}
