// `train`: load and check everything first (so bad input prints nothing on stdout), then run
// the lab's loop and print as it goes.
import { Trainer, type EpochRecord } from '../core'
import type { TrainRequest } from './args'
import { loadData } from './data'
import { CliError, EXIT_DIVERGED } from './errors'
import type { LineWriter } from './lineWriter'
import { finalJson, finalLines, logJson, logLine } from './report'

export interface TrainOutput {
  stdout: LineWriter
  warn: (line: string) => void
}

/** Epochs between pauses that let the event loop see a closed pipe or a signal. */
const SLICE_EPOCHS = 4096

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export async function train(request: TrainRequest, output: TrainOutput): Promise<void> {
  const { dataset, warnings } = loadData(request.data)
  const { config } = request
  const trainer = Trainer.start(dataset, config)
  warnings.forEach((warning) => output.warn(`warning: ${warning}`))
  const print = (record: EpochRecord): void => {
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
        'finite numbers (try a smaller --lr)',
      EXIT_DIVERGED
    )
  }
  const final = { weights: trainer.weights, bias: trainer.bias, evaluation: trainer.evaluate() }
  if (request.json) output.stdout.line(finalJson(final))
  else finalLines(final).forEach((line) => output.stdout.line(line))
  output.stdout.flush()
}
