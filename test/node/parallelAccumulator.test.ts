// The parallel accumulator against the single-thread kernel, with real worker threads. The kernel
// sums rows in aligned blocks, each from zero, and the block sums in block order, so splitting
// the blocks among threads cannot change a single bit: these tests ask for exact equality.
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BLOCK_ROWS,
  Trainer,
  accumulate,
  defaultSgd,
  labConfig,
  sumsLength,
  type Dataset,
  type EpochRecord,
  type TrainingConfig
} from '@core'
import { ParallelAccumulator } from '../../src/node/parallelAccumulator'
import { launchTsWorker, workerFromScript, type CreateWorker } from '../../src/node/workerLauncher'
import { syntheticDataset } from '../support/syntheticData'

const started: ParallelAccumulator[] = []

async function start(
  dataset: Dataset,
  threads: number,
  createWorker?: CreateWorker
): Promise<ParallelAccumulator> {
  const accumulator = await ParallelAccumulator.start(dataset, { threads, createWorker })
  started.push(accumulator)
  return accumulator
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((accumulator) => accumulator.dispose()))
})

/** Launches workers the default way and keeps hold of them. */
function recordingLauncher(): { workers: Worker[]; createWorker: CreateWorker } {
  const workers: Worker[] = []
  return {
    workers,
    createWorker: (setup) => {
      const worker = launchTsWorker(setup)
      workers.push(worker)
      return worker
    }
  }
}

function singleThreadSums(dataset: Dataset, params: Float64Array, threshold: number): number[] {
  const sums = new Float64Array(sumsLength(dataset.cols))
  const rows = { x: dataset.x, y: dataset.y, d: dataset.cols }
  accumulate(rows, params, threshold, null, 0, dataset.rows, sums)
  return Array.from(sums)
}

describe('the parallel accumulator', () => {
  it.each([
    { d: 8, rows: 4 * BLOCK_ROWS, threads: 2 },
    { d: 2, rows: 3 * BLOCK_ROWS + 1, threads: 2 },
    { d: 3, rows: 5 * BLOCK_ROWS + 333, threads: 3 }
  ])('gives the single-thread sums exactly: $rows rows x $d over $threads threads', async (c) => {
    const dataset = syntheticDataset(c.rows, c.d, 17 + c.d)
    const blocks = Math.ceil(c.rows / BLOCK_ROWS)
    const accumulator = await start(dataset, c.threads)
    expect(accumulator.threads).toBe(c.threads)
    const settings = [
      [0.5, 0.5],
      [-2, 0.3],
      [40, 0.9] // saturated rows: the clamps and BCE's 1e-12 floor
    ]
    // Blocks go to whichever thread claims them first, so run epochs until every worker has
    // summed some (the epochs are counted, not timed; a few are enough unless a worker is broken).
    let epochs = 0
    while (epochs < 3 || (accumulator.blockShares.includes(0) && epochs < 5000)) {
      const [scale, threshold] = settings[epochs % settings.length]
      const params = Float64Array.from({ length: c.d + 1 }, (_, j) => scale * Math.sin(j + 1))
      const sums = new Float64Array(sumsLength(c.d))
      accumulator.accumulate(params, threshold, sums)
      expect(Array.from(sums)).toEqual(singleThreadSums(dataset, params, threshold))
      epochs++
    }
    const shares = accumulator.blockShares
    expect(shares).toHaveLength(c.threads)
    expect(shares.every((claimed) => claimed > 0)).toBe(true)
    expect(shares.reduce((total, claimed) => total + claimed)).toBe(epochs * blocks)
  })

  it('trains the same trajectory as the single-thread trainer, epoch for epoch', async () => {
    const dataset = syntheticDataset(2 * BLOCK_ROWS + 500, 8, 5)
    const config: TrainingConfig = {
      ...labConfig,
      epochs: 60,
      init: 'torch',
      optimizer: { ...defaultSgd, lr: 0.5, momentum: 0.9 }
    }
    const accumulator = await start(dataset, 2)
    const run = (trainer: Trainer): EpochRecord[] => {
      const records: EpochRecord[] = []
      trainer.run(Infinity, (record) => records.push(record))
      return records
    }
    const alone = Trainer.start(dataset, config)
    const together = Trainer.start(dataset, config, { accumulator })
    const expected = run(alone)
    expect(run(together)).toEqual(expected)
    expect(expected).toHaveLength(61)
    expect(together.weights).toEqual(alone.weights)
    expect(together.bias).toBe(alone.bias)
  })

  it('keeps to one thread when the data has a single block', async () => {
    const dataset = syntheticDataset(BLOCK_ROWS - 1, 4, 9)
    const accumulator = await start(dataset, 4)
    expect(accumulator.threads).toBe(1)
    const params = Float64Array.of(0.1, 0.2, -0.3, 0.4, 0.5)
    const sums = new Float64Array(sumsLength(4))
    accumulator.accumulate(params, 0.5, sums)
    expect(Array.from(sums)).toEqual(singleThreadSums(dataset, params, 0.5))
  })

  it('stops its workers on dispose: each exits with code 0, and it cannot be used after', async () => {
    const { workers, createWorker } = recordingLauncher()
    const accumulator = await start(syntheticDataset(3 * BLOCK_ROWS, 2, 3), 3, createWorker)
    expect(workers).toHaveLength(2)
    const exitCodes = workers.map(
      (worker) => new Promise<number>((resolve) => worker.once('exit', resolve))
    )
    accumulator.accumulate(Float64Array.of(1, -1, 0), 0.5, new Float64Array(sumsLength(2)))
    await accumulator.dispose()
    expect(await Promise.all(exitCodes)).toEqual([0, 0])
    await accumulator.dispose() // a second call is harmless
    expect(() =>
      accumulator.accumulate(Float64Array.of(1, -1, 0), 0.5, new Float64Array(sumsLength(2)))
    ).toThrow(/disposed/)
  })

  it('throws on the next epoch, instead of waiting forever, once a worker is gone', async () => {
    const { workers, createWorker } = recordingLauncher()
    const accumulator = await start(syntheticDataset(2 * BLOCK_ROWS, 2, 4), 2, createWorker)
    const sums = new Float64Array(sumsLength(2))
    await workers[0].terminate()
    expect(() => accumulator.accumulate(Float64Array.of(1, -1, 0), 0.5, sums)).toThrow(
      /worker failed: the worker exited with code 1/
    )
  })

  it('fails to start, leaving nothing running, when a worker cannot load', async () => {
    const good = recordingLauncher()
    const missing = workerFromScript(new URL('./no-such-worker.mjs', import.meta.url))
    let launched = 0
    const oneGoodOneMissing: CreateWorker = (setup) =>
      launched++ === 0 ? good.createWorker(setup) : missing(setup)
    const dataset = syntheticDataset(3 * BLOCK_ROWS, 2, 4)
    const attempt = ParallelAccumulator.start(dataset, {
      threads: 3,
      createWorker: oneGoodOneMissing
    })
    const goodExit = new Promise<number>((resolve) => good.workers[0].once('exit', resolve))
    await expect(attempt).rejects.toThrow(/no-such-worker/)
    expect(typeof (await goodExit)).toBe('number') // terminated, not left waiting for epochs
  })
})
