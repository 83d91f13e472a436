// The worker side of the protocol: one run at a time, whatever hosts it. The Node worker
// (src/main/training/worker.ts) and the Web Worker (renderer platform/webWorker.ts) both just
// feed their incoming messages to the handler this returns.
import type { TrainingConfig } from './config'
import { Runner, type RunnerOptions } from './runner'
import type { RunnerClock } from './runnerClock'
import { isToWorker, type FromWorker } from './runnerProtocol'
import { isFinalState, type RunCommand, type RunData, type RunRequest } from './runnerTypes'
import { trainingDataset } from './standardize'
import type { BatchAccumulator } from './trainer'

export type WorkerPost = (message: FromWorker, transfer: ArrayBuffer[]) => void

/** A faster way to compute one run's epochs, held for that run and released when it ends. */
export interface AccumulatorLease {
  accumulator: BatchAccumulator
  /**
   * The run's features and labels as the accumulator holds them (in memory its threads share),
   * when it made its own copy: the run then trains on these, so the rows are held only once.
   */
  rows?: Pick<RunData, 'x' | 'y'>
  release(): void
}

export interface RunnerHostOptions extends Pick<RunnerOptions, 'historyCap'> {
  /** A clock per run (each run closes its own); the system clock by default. */
  createClock?: () => RunnerClock
  /**
   * A faster way to compute this run's epochs (e.g. several threads), or undefined for the
   * Trainer's own pass. It may take a moment to start: commands wait for it.
   */
  accumulatorFor?: (
    data: RunData,
    config: TrainingConfig
  ) => AccumulatorLease | undefined | Promise<AccumulatorLease | undefined>
}

export interface RunnerHost {
  /** Feed it every message the worker receives. */
  handle(message: unknown): void
  /** Ends the current run, if any, without a last frame. */
  dispose(): void
}

interface HostedRun {
  id: string
  command(command: RunCommand): void
  dispose(): void
}

export function createRunnerHost(post: WorkerPost, options: RunnerHostOptions = {}): RunnerHost {
  let current: HostedRun | null = null
  const dispose = (): void => {
    current?.dispose()
    current = null
  }
  const handle = (message: unknown): void => {
    // Only our own host talks to this worker: anything else is a bug worth crashing for.
    if (!isToWorker(message)) throw new TypeError('the training worker got an unknown message')
    if (message.type === 'command') {
      if (current?.id === message.runId) current.command(message.command)
      return
    }
    dispose()
    current = hostRun(message.runId, message.request, post, options)
  }
  return { handle, dispose }
}

/** One run: waits for its accumulator (if one is coming), then runs, then lets it go. */
function hostRun(
  runId: string,
  request: RunRequest,
  post: WorkerPost,
  options: RunnerHostOptions
): HostedRun {
  // A standardized run trains (and shares with its accumulator) the standardized copy.
  request = {
    ...request,
    data: { ...request.data, x: trainingDataset(request.data, request.config).x }
  }
  let runner: Runner | null = null
  let lease: AccumulatorLease | undefined
  let disposed = false
  const waiting: RunCommand[] = []
  const release = (): void => {
    lease?.release()
    lease = undefined
  }
  const begin = (granted: AccumulatorLease | undefined): void => {
    if (disposed) return granted?.release()
    lease = granted
    try {
      const rows = lease?.rows
      // Then the accumulator's copy replaces the rows that came with the request, which this
      // closure would otherwise keep alive for the whole run.
      if (rows) request = { ...request, data: { ...request.data, x: rows.x, y: rows.y } }
      runner = new Runner({
        runId,
        request,
        post: (frame, transfer) => {
          post({ type: 'frame', runId, frame }, transfer)
          if (isFinalState(frame.state)) release()
        },
        accumulator: lease?.accumulator,
        clock: options.createClock?.(),
        historyCap: options.historyCap
      })
      runner.start()
      for (const command of waiting.splice(0)) runner.command(command)
    } catch (error) {
      release()
      post(
        { type: 'failed', runId, detail: error instanceof Error ? error.message : String(error) },
        []
      )
    }
  }
  const offered = options.accumulatorFor?.(request.data, request.config)
  // An accumulator that cannot start is a lost speed-up, not a lost run: the Trainer's own pass
  // computes the same sums, so the run goes on with it.
  if (offered instanceof Promise) void offered.then(begin, () => begin(undefined))
  else begin(offered)
  return {
    id: runId,
    command: (command) => (runner ? runner.command(command) : void waiting.push(command)),
    dispose: () => {
      disposed = true
      runner?.dispose()
      release()
    }
  }
}
