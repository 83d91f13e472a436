// The loop `train` runs, new or resumed: the trainer (on all cores for large full-batch data),
// the chaos watch, the lab's lines as it goes, then the evaluation.
import {
  ChaosDetector,
  Trainer,
  trainingDataset,
  type Dataset,
  type Divergence,
  type EpochRecord,
  type TrainerState,
  type TrainingConfig
} from '../core'
import { startAccumulator } from '../node/accumulatorChoice'
import { divergenceHint } from './mistakeOptions'
import type { ParallelAccumulator } from '../node/parallelAccumulator'
import { CliError, EXIT_DIVERGED } from './errors'
import type { LineWriter } from './lineWriter'
import { chaosNote, finalJson, finalLines, logJson, logLine } from './report'

export interface TrainOutput {
  stdout: LineWriter
  warn: (line: string) => void
}

/** How the lines look: with the accuracy, or as JSON. */
export interface LineStyle {
  accuracy: boolean
  json: boolean
}

export interface TrainingRun {
  trainer: Trainer
  chaos: ChaosDetector
  accumulator: ParallelAccumulator | null
}

/** Epochs between pauses that let the event loop see a closed pipe or a signal. */
const SLICE_EPOCHS = 4096

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * The run's trainer, new or continuing `resumeFrom`. Large full-batch runs split their rows across
 * the cores, to the same numbers bit for bit, and train on the accumulator's copy of the rows in
 * shared memory: once this returns, the rows as loaded are no longer needed, so a run can keep
 * one copy of them. Dispose of the accumulator when done.
 */
export async function startRun(
  dataset: Dataset,
  config: TrainingConfig,
  resumeFrom: TrainerState | null
): Promise<TrainingRun> {
  dataset = trainingDataset(dataset, config)
  const accumulator = await startAccumulator(dataset, { config })
  try {
    const data = accumulator ? accumulator.dataset : dataset
    const options = accumulator ? { accumulator } : {}
    const trainer = resumeFrom
      ? Trainer.resume(data, config, resumeFrom, options)
      : Trainer.start(data, config, options)
    return { trainer, chaos: new ChaosDetector(trainer, dataset), accumulator }
  } catch (error) {
    await accumulator?.dispose()
    throw error
  }
}

/**
 * Runs to the end, printing each logged epoch and, unless it diverged, the evaluation; `onEpoch`
 * sees every epoch (a session's recorder). Returns where it diverged, or null.
 */
export async function runAndReport(
  { trainer, chaos }: TrainingRun,
  style: LineStyle,
  output: TrainOutput,
  onEpoch: (record: EpochRecord) => void = () => {}
): Promise<Divergence | null> {
  const { config } = trainer
  const print = (record: EpochRecord): void => {
    onEpoch(record)
    // On stderr, so stdout stays the lab's lines (or JSON); the exit code does not change.
    const notice = chaos.observe(record)
    if (notice) output.warn(chaosNote(notice))
    if (record.epoch % config.logEvery !== 0) return
    output.stdout.line(
      style.json ? logJson(record) : logLine(record, config.epochs, style.accuracy)
    )
  }
  while (!trainer.finished) {
    trainer.run(SLICE_EPOCHS, print)
    await nextTurn()
  }
  const diverged = trainer.diverged
  if (!diverged) {
    const final = { weights: trainer.weights, bias: trainer.bias, evaluation: trainer.evaluate() }
    if (style.json) output.stdout.line(finalJson(final))
    else finalLines(final).forEach((line) => output.stdout.line(line))
  }
  output.stdout.flush()
  return diverged
}

/** Exit 1, with the line that says where and what stopped being finite. */
export function divergedError(diverged: Divergence, config: TrainingConfig): CliError {
  return new CliError(
    `training diverged at epoch ${diverged.epoch}: the ${diverged.quantity} stopped being ` +
      `finite numbers (${divergenceHint(config)})`,
    EXIT_DIVERGED
  )
}
