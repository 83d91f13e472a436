// One thread or several: the accumulator a training run should use.
//
//   const accumulator = await startAccumulator(dataset, { config }) // null: one thread is best
//   const trainer = Trainer.start(dataset, config, accumulator ? { accumulator } : {})
//   ...
//   await accumulator?.dispose()
import { availableParallelism } from 'node:os'
import type { TrainingConfig } from '../core/config'
import type { Dataset } from '../core/dataset'
import { ParallelAccumulator, type ParallelOptions } from './parallelAccumulator'

/**
 * Below this many rows one thread is faster: waking a worker and waiting for it costs tens of
 * microseconds per epoch, which small epochs do not earn back. Measured on a 2-core x64 with
 * `npm run bench -- --rows N --threads 1|2 --no-torch` (see the bench README section).
 */
export const PARALLEL_MIN_ROWS = 16_384

export interface AccumulatorChoice extends ParallelOptions {
  /** The run's config: mini-batch runs never ask an accumulator, so they get none. */
  config?: TrainingConfig
}

/**
 * A started parallel accumulator when splitting the rows pays, else null (the Trainer's own
 * single-thread pass). It pays for full-batch runs (the Trainer asks an accumulator only for
 * those) of at least PARALLEL_MIN_ROWS rows on more than one core. Giving `threads` explicitly
 * skips the row threshold (for tests and measurements).
 */
export async function startAccumulator(
  dataset: Dataset,
  { config, ...options }: AccumulatorChoice = {}
): Promise<ParallelAccumulator | null> {
  const threads = options.threads ?? availableParallelism()
  const batchSize = config?.batchSize ?? null
  const fullBatch = batchSize === null || batchSize >= dataset.rows
  if (threads <= 1 || !fullBatch) return null
  if (options.threads === undefined && dataset.rows < PARALLEL_MIN_ROWS) return null
  return ParallelAccumulator.start(dataset, { ...options, threads })
}
