// The full-batch sums computed by several threads: the calling thread and persistent workers
// each sum a contiguous share of the row blocks into shared memory, then the calling thread adds
// the block sums in block order. Because the kernel sums every block from zero (see BLOCK_ROWS in
// core/kernel.ts), the result is bit for bit the single-thread `accumulate`, whatever the thread
// count. Each epoch is synchronised with Atomics (notify to start, wait for the done count), so
// the Trainer stays synchronous; nothing is copied or posted per epoch.
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { Dataset } from '../core/dataset'
import { BLOCK_ROWS, addBlockSums, sumsLength, writeBlockSums, type Rows } from '../core/kernel'
import type { Parameters } from '../core/model'
import type { BatchAccumulator } from '../core/trainer'
import {
  CONTROL,
  CONTROL_SLOTS,
  FAILURE_BYTES,
  blockRange,
  SPINS,
  recordFailure,
  waitForChange,
  type AccumulatorSetup
} from './accumulatorLayout'
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
    private readonly rows: Rows,
    private readonly control: Int32Array,
    private readonly inputs: Float64Array,
    private readonly blockSums: Float64Array,
    private readonly failure: Uint8Array,
    private readonly ownBlocks: number,
    private readonly workers: Worker[],
    private readonly exits: Promise<number>[]
  ) {}

  /** Threads working on each epoch, the calling one included. */
  get threads(): number {
    return this.workers.length + 1
  }

  /** Starts the workers and resolves once every one is waiting for its first epoch. */
  static async start(
    dataset: Dataset,
    options: ParallelOptions = {}
  ): Promise<ParallelAccumulator> {
    const { x, y } = shareDataset(dataset)
    const d = dataset.cols
    const blocks = Math.ceil(dataset.rows / BLOCK_ROWS)
    const wanted = Math.floor(options.threads ?? availableParallelism())
    const threads = Math.max(1, Math.min(wanted, blocks))
    const control = new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT)
    const inputs = new SharedArrayBuffer((d + 2) * Float64Array.BYTES_PER_ELEMENT)
    const blockSums = new SharedArrayBuffer(blocks * sumsLength(d) * 8)
    const failure = new SharedArrayBuffer(FAILURE_BYTES)
    const setups: AccumulatorSetup[] = []
    for (let t = 1; t < threads; t++) {
      const { first, end } = blockRange(blocks, threads, t)
      setups.push({
        control,
        inputs,
        blockSums,
        failure,
        x: sharedBufferOf(x),
        y: sharedBufferOf(y),
        d,
        firstBlock: first,
        endBlock: end
      })
    }
    const { workers, exits } = await startWorkers(setups, options.createWorker ?? launchTsWorker)
    const accumulator = new ParallelAccumulator(
      { x, y, d },
      new Int32Array(control),
      new Float64Array(inputs),
      new Float64Array(blockSums),
      new Uint8Array(failure),
      blockRange(blocks, threads, 0).end,
      workers,
      exits
    )
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
      if (Atomics.load(this.control, CONTROL.stop) === 0) {
        recordFailure(this.control, this.failure, reason)
      }
    }
    worker.on('error', (error) => lost(error.stack ?? error.message))
    worker.on('exit', (code) => lost(`the worker exited with code ${code}`))
    worker.unref()
  }

  accumulate(params: Parameters, threshold: number, sums: Float64Array): void {
    if (this.disposed) throw new Error('the parallel accumulator was disposed')
    const { control, inputs, rows } = this
    if (Atomics.load(control, CONTROL.failed) !== 0) throw this.workerFailure()
    inputs.set(params)
    inputs[rows.d + 1] = threshold
    Atomics.store(control, CONTROL.done, 0)
    Atomics.add(control, CONTROL.generation, 1)
    Atomics.notify(control, CONTROL.generation)
    writeBlockSums(rows, params, threshold, 0, this.ownBlocks, this.blockSums)
    this.waitForWorkers()
    addBlockSums(this.blockSums, Math.ceil(rows.y.length / BLOCK_ROWS), sums)
  }

  private waitForWorkers(): void {
    const { control } = this
    let silentMs = 0
    for (;;) {
      const done = Atomics.load(control, CONTROL.done)
      if (Atomics.load(control, CONTROL.failed) !== 0) throw this.workerFailure()
      if (done === this.workers.length) return
      if (waitForChange(control, CONTROL.done, done, SPINS, STALL_CHECK_MS)) silentMs = 0
      else if ((silentMs += STALL_CHECK_MS) >= STALL_LIMIT_MS) {
        throw new Error(`a parallel accumulator worker did not answer for ${STALL_LIMIT_MS} ms`)
      }
    }
  }

  private workerFailure(): Error {
    const length = Atomics.load(this.control, CONTROL.failureLength)
    const message = new TextDecoder().decode(this.failure.slice(0, length))
    return new Error(`a parallel accumulator worker failed: ${message}`)
  }

  /** Stops the workers and resolves once every one has exited. Safe to call twice. */
  async dispose(): Promise<void> {
    if (!this.disposed) {
      this.disposed = true
      Atomics.store(this.control, CONTROL.stop, 1)
      Atomics.add(this.control, CONTROL.generation, 1)
      Atomics.notify(this.control, CONTROL.generation)
    }
    // ref'd again: waiting on unref'd workers alone would let the process exit mid-dispose
    for (const worker of this.workers) worker.ref()
    await Promise.all(this.exits)
  }
}
