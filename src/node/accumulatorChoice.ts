// One thread or several: the accumulator a training run should use.
//
//   const accumulator = await startAccumulator(dataset, { config }) // null: one thread is best
//   const trainer = Trainer.start(dataset, config, accumulator ? { accumulator } : {})
//   ...
//   await accumulator?.dispose()
import { availableParallelism } from 'node:os'
import { mistakesOf, type TrainingConfig } from '../core/config'
import type { Dataset } from '../core/dataset'
import { usesMiniBatches } from '../core/trainer'
import { ParallelAccumulator, type ParallelOptions } from './parallelAccumulator'

/**
 * From this many rows on, the rows are split across the cores. Measured on a 2-core x64 with
 * `npm run bench -- --rows N --threads 1|2 --no-torch` (d = 8, quiet machine): two threads take
 * 0.52x the one-thread time already at 2,048 rows (0.030 vs 0.058 ms) and 0.51x at 8,192 (0.12 vs
 * 0.23 ms); with the other core busy they take 1.0x-1.1x (blocks are claimed, not assigned, so a
 * busy worker just claims fewer). The threshold sits at 8,192 rather than 2,048 so that small data
 * (an epoch under 0.25 ms) does not keep a second core spinning between epochs for a saving under
 * 0.1 ms, and a worker preempted mid-block costs little next to the epoch.
 */
export const PARALLEL_MIN_ROWS = 8_192

export interface AccumulatorChoice extends ParallelOptions {
  /**
   * The run's config: mini-batch runs never ask an accumulator, nor do runs with a mistaken cost
   * (src/core/mistakes.ts: the trainer computes that one itself), so they get none.
   */
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
  const ownPass =
    config && (usesMiniBatches(config, dataset.rows) || mistakesOf(config).loss !== 'bce')
  if (threads <= 1 || ownPass) return null
  if (options.threads === undefined && dataset.rows < PARALLEL_MIN_ROWS) return null
  return ParallelAccumulator.start(dataset, { ...options, threads })
}
