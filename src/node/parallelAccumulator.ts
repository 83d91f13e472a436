// The full-batch sums computed by several threads: the calling thread and persistent workers claim
// row blocks from a shared counter and write each block's sums into shared memory (blockClaims.ts),
// then the calling thread adds the block sums in block order. Because the kernel sums every block
// from zero (see BLOCK_ROWS in core/kernel.ts), the result is bit for bit the single-thread
// `accumulate`, whatever the thread count and whoever claimed which block. Each epoch is
// synchronised with Atomics (notify to start, wait for the completed-block count), so the Trainer
// stays synchronous; nothing is copied or posted per epoch.
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { Dataset } from '../core/dataset'
import { BLOCK_ROWS, addBlockSums, sumsLength } from '../core/kernel'
import type { Parameters } from '../core/model'
import type { BatchAccumulator } from '../core/trainer'
import {
  CONTROL,
  CONTROL_SLOTS,
  FAILURE_BYTES,
  SPINS,
  recordFailure,
  waitForChange,
  type AccumulatorSetup
} from './accumulatorLayout'
import { sumClaimedBlocks, viewEpoch, type SharedEpoch } from './blockClaims'
import { launchTsWorker, type CreateWorker } from './workerLauncher'
import { shareDataset, sharedBufferOf } from './sharedRows'
import { startWorkers } from './workerStartup'

export interface ParallelOptions {
  /** Threads in all, the calling thread included (default: the cores Node reports). */
  threads?: number
  /** Starts one worker (default: the TypeScript worker through tsx; see workerLauncher.ts). */
  createWorker?: CreateWorker
}

/** No answer from a worker for this long means it is gone (an epoch takes milliseconds). */
const STALL_LIMIT_MS = 60_000
const STALL_CHECK_MS = 1_000

export class ParallelAccumulator implements BatchAccumulator {
  private disposed = false

  private constructor(
    /**
     * The data set with its rows in the memory the workers read (shareDataset): train on this
     * one, so the rows are held only once.
     */
    readonly dataset: Dataset,
    private readonly epoch: SharedEpoch,
    private readonly workers: Worker[],
    private readonly exits: Promise<number>[]
  ) {}

  /** Threads working on each epoch, the calling one included. */
  get threads(): number {
    return this.workers.length + 1
  }

  /**
   * Blocks each thread has claimed so far, the calling thread first: how the work was shared
   * (a worker that is slow to wake, on a busy machine, claims fewer).
   */
  get blockShares(): number[] {
    return Array.from(this.epoch.claims)
  }

  /** Starts the workers and resolves once every one is waiting for its first epoch. */
  static async start(
    dataset: Dataset,
    options: ParallelOptions = {}
  ): Promise<ParallelAccumulator> {
    const shared = shareDataset(dataset)
    const { x, y } = shared
    const d = dataset.cols
    const blocks = Math.ceil(dataset.rows / BLOCK_ROWS)
    const wanted = Math.floor(options.threads ?? availableParallelism())
    const threads = Math.max(1, Math.min(wanted, blocks))
    const setup: AccumulatorSetup = {
      control: new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT),
      inputs: new SharedArrayBuffer((d + 2) * Float64Array.BYTES_PER_ELEMENT),
      blockSums: new SharedArrayBuffer(blocks * sumsLength(d) * Float64Array.BYTES_PER_ELEMENT),
      failure: new SharedArrayBuffer(FAILURE_BYTES),
      x: sharedBufferOf(x),
      y: sharedBufferOf(y),
      d,
      claims: new SharedArrayBuffer(threads * Float64Array.BYTES_PER_ELEMENT),
      thread: 0
    }
    const { workers, exits } = await startWorkers(
      Array.from({ length: threads - 1 }, (_, worker) => ({ ...setup, thread: worker + 1 })),
      options.createWorker ?? launchTsWorker
    )
    const accumulator = new ParallelAccumulator(shared, viewEpoch(setup), workers, exits)
    for (const worker of workers) accumulator.watch(worker)
    return accumulator
  }

  /**
   * A worker lost between epochs makes the next accumulate() throw. (One lost during an epoch
   * cannot be seen while this thread waits; the stall limit ends that wait.) Unref'd: a run that
   * forgets dispose() does not keep the process alive.
   */
  private watch(worker: Worker): void {
    const lost = (reason: string): void => {
      const { control, failure } = this.epoch
      if (Atomics.load(control, CONTROL.stop) === 0) recordFailure(control, failure, reason)
    }
    worker.on('error', (error) => lost(error.stack ?? error.message))
    worker.on('exit', (code) => lost(`the worker exited with code ${code}`))
    worker.unref()
  }

  accumulate(params: Parameters, threshold: number, sums: Float64Array): void {
    if (this.disposed) throw new Error('the parallel accumulator was disposed')
    const { control, inputs, rows } = this.epoch
    if (params.length !== rows.d + 1) throw new RangeError(`expected ${rows.d + 1} parameters`)
    if (Atomics.load(control, CONTROL.failed) !== 0) throw this.workerFailure()
    inputs.set(params)
    inputs[rows.d + 1] = threshold
    Atomics.store(control, CONTROL.completed, 0)
    Atomics.store(control, CONTROL.nextBlock, 0) // after the inputs: a claim sees this epoch's
    Atomics.add(control, CONTROL.generation, 1)
    Atomics.notify(control, CONTROL.generation)
    sumClaimedBlocks(this.epoch)
    this.waitForBlocks()
    addBlockSums(this.epoch.blockSums, this.epoch.blocks, sums)
  }

  private waitForBlocks(): void {
    const { control, blocks } = this.epoch
    let silentMs = 0
    for (;;) {
      const completed = Atomics.load(control, CONTROL.completed)
      if (Atomics.load(control, CONTROL.failed) !== 0) throw this.workerFailure()
      if (completed === blocks) return
      if (waitForChange(control, CONTROL.completed, completed, SPINS, STALL_CHECK_MS)) {
        silentMs = 0
      } else if ((silentMs += STALL_CHECK_MS) >= STALL_LIMIT_MS) {
        throw new Error(`a parallel accumulator worker did not answer for ${STALL_LIMIT_MS} ms`)
      }
    }
  }

  private workerFailure(): Error {
    const { control, failure } = this.epoch
    const length = Atomics.load(control, CONTROL.failureLength)
    const message = new TextDecoder().decode(failure.slice(0, length))
    return new Error(`a parallel accumulator worker failed: ${message}`)
  }

  /** Stops the workers and resolves once every one has exited. Safe to call twice. */
  async dispose(): Promise<void> {
    const { control } = this.epoch
    if (!this.disposed) {
      this.disposed = true
      Atomics.store(control, CONTROL.stop, 1)
      Atomics.add(control, CONTROL.generation, 1)
      Atomics.notify(control, CONTROL.generation)
    }
    // ref'd again: waiting on unref'd workers alone would let the process exit mid-dispose
    for (const worker of this.workers) worker.ref()
    await Promise.all(this.exits)
  }
}
