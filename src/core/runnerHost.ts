// The worker side of the protocol: one run at a time, whatever hosts it. The Node worker
// (src/main/training/worker.ts) and the Web Worker (renderer platform/webWorker.ts) both just
// feed their incoming messages to the handler this returns.
import { Runner, type RunnerOptions } from './runner'
import type { RunnerClock } from './runnerClock'
import { isToWorker, type FromWorker } from './runnerProtocol'
import type { RunData } from './runnerTypes'
import type { BatchAccumulator } from './trainer'

export type WorkerPost = (message: FromWorker, transfer: ArrayBuffer[]) => void

export interface RunnerHostOptions extends Pick<RunnerOptions, 'historyCap'> {
  /** A clock per run (each run closes its own); the system clock by default. */
  createClock?: () => RunnerClock
  /** A faster way to compute an epoch for this data (e.g. several threads), or undefined. */
  accumulatorFor?: (data: RunData) => BatchAccumulator | undefined
}

export interface RunnerHost {
  /** Feed it every message the worker receives. */
  handle(message: unknown): void
  /** Ends the current run, if any, without a last frame. */
  dispose(): void
}

export function createRunnerHost(post: WorkerPost, options: RunnerHostOptions = {}): RunnerHost {
  let current: { id: string; runner: Runner } | null = null
  const dispose = (): void => {
    current?.runner.dispose()
    current = null
  }
  const handle = (message: unknown): void => {
    // Only our own host talks to this worker: anything else is a bug worth crashing for.
    if (!isToWorker(message)) throw new TypeError('the training worker got an unknown message')
    const { runId } = message
    if (message.type === 'command') {
      if (current?.id === runId) current.runner.command(message.command)
      return
    }
    dispose()
    try {
      const runner = new Runner({
        runId,
        request: message.request,
        post: (frame, transfer) => post({ type: 'frame', runId, frame }, transfer),
        accumulator: options.accumulatorFor?.(message.request.data),
        clock: options.createClock?.(),
        historyCap: options.historyCap
      })
      current = { id: runId, runner }
      runner.start()
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      post({ type: 'failed', runId, detail }, [])
    }
  }
  return { handle, dispose }
}
