// `train`: load and check everything first (so bad input prints nothing on stdout), then run
// the lab's loop and print as it goes.
import { ChaosDetector, Trainer, type EpochRecord } from '../core'
import { startAccumulator } from '../node/accumulatorChoice'
import type { ParallelAccumulator } from '../node/parallelAccumulator'
import type { TrainRequest } from './args'
import { loadData } from './data'
import { CliError, EXIT_DIVERGED } from './errors'
import type { LineWriter } from './lineWriter'
import { divergenceHint } from './mistakeOptions'
import { chaosNote, finalJson, finalLines, logJson, logLine } from './report'

export interface TrainOutput {
  stdout: LineWriter
  warn: (line: string) => void
}

/** Epochs between pauses that let the event loop see a closed pipe or a signal. */
const SLICE_EPOCHS = 4096

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export async function train(request: TrainRequest, output: TrainOutput): Promise<void> {
  const { trainer, chaos, accumulator, warnings } = await prepare(request)
  try {
    warnings.forEach((warning) => output.warn(`warning: ${warning}`))
    await runAndReport(trainer, chaos, request, output)
  } finally {
    await accumulator?.dispose()
  }
}

/**
 * The run's trainer. Large full-batch runs split their rows across the cores, to the same
 * numbers bit for bit, and train on the accumulator's copy of the rows in shared memory: once
 * this returns, the rows as loaded are no longer held, so a run keeps one copy of them.
 */
async function prepare(request: TrainRequest): Promise<{
  trainer: Trainer
  chaos: ChaosDetector
  accumulator: ParallelAccumulator | null
  warnings: string[]
}> {
  const { dataset, warnings } = loadData(request.data, request.dataOptions)
  const accumulator = await startAccumulator(dataset, { config: request.config })
  try {
    const trainer = accumulator
      ? Trainer.start(accumulator.dataset, request.config, { accumulator })
      : Trainer.start(dataset, request.config)
    const chaos = new ChaosDetector(trainer, dataset)
    return { trainer, chaos, accumulator, warnings }
  } catch (error) {
    await accumulator?.dispose()
    throw error
  }
}

async function runAndReport(
  trainer: Trainer,
  chaos: ChaosDetector,
  request: TrainRequest,
  output: TrainOutput
): Promise<void> {
  const { config } = request
  const print = (record: EpochRecord): void => {
    // On stderr, so stdout stays the lab's lines (or JSON); the exit code does not change.
    const notice = chaos.observe(record)
    if (notice) output.warn(chaosNote(notice))
    if (record.epoch % config.logEvery !== 0) return
    output.stdout.line(
      request.json ? logJson(record) : logLine(record, config.epochs, request.accuracy)
    )
  }
  while (!trainer.finished) {
    trainer.run(SLICE_EPOCHS, print)
    await nextTurn()
  }
  const diverged = trainer.diverged
  if (diverged) {
    output.stdout.flush()
    throw new CliError(
      `training diverged at epoch ${diverged.epoch}: the ${diverged.quantity} stopped being ` +
        `finite numbers (${divergenceHint(config)})`,
      EXIT_DIVERGED
    )
  }
  const final = { weights: trainer.weights, bias: trainer.bias, evaluation: trainer.evaluate() }
  if (request.json) output.stdout.line(finalJson(final))
  else finalLines(final).forEach((line) => output.stdout.line(line))
  output.stdout.flush()
}
