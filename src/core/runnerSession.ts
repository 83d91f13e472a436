// The host side of the protocol for one window: at most one run, late frames of replaced or
// finished runs dropped, and the worker that trains it. The worker starts on first use and lives
// as long as the window trains (one start-up per window, not per run); when it is lost, its run
// ends with an `error` frame that says why, and the next run gets a fresh worker. The desktop's
// training service (one session per window, over worker_threads) and the web edition (one per
// page, over a Web Worker) share it, each through a thin adapter that starts its kind of worker.
//
// Requests are trusted here: they were validated once where they came in (main's IPC, the web
// edition's LabApi), so they are plain data, never proxies.
import { isFromWorker, transferList, type FromWorker, type ToWorker } from './runnerProtocol'
import {
  isFinalState,
  type RunCommand,
  type RunFrame,
  type RunRequest,
  type WorkerLoss
} from './runnerTypes'

/** One training worker as its host sees it, whatever runs it. */
export interface TrainingWorker {
  post(message: ToWorker, transfer: ArrayBuffer[]): void
  /** Ends the worker; the host ignores whatever it reports afterwards. */
  terminate(): void | Promise<unknown>
}

/** What a worker reports to its host. */
export interface TrainingWorkerEvents {
  /** Every message the worker posts, as it arrived (the session checks it). */
  message(data: unknown): void
  /** The worker failed or ended on its own. */
  lost(loss: WorkerLoss): void
}

/** Starts a worker wired to `events`. Throwing means no worker could be started. */
export type SpawnTrainingWorker = (events: TrainingWorkerEvents) => TrainingWorker

export interface SessionError {
  code: 'noSuchRun' | 'busy' | 'internal'
  field?: string
  message: string
}

/** The same shape as the contract's ApiResult. */
export type SessionResult<T> = { ok: true; value: T } | { ok: false; error: SessionError }

export interface RunSessionOptions {
  spawnWorker: SpawnTrainingWorker
  /** To whoever shows the run. */
  deliver(frame: RunFrame): void
  newRunId(): string
  /** Transfer the data's buffers to the worker (the caller gives them up) instead of copying. */
  transferData: boolean
}

/** What the host remembers of its run, to number and fill an error frame should the worker die. */
interface CurrentRun {
  id: string
  totalEpochs: number
  seq: number
  epoch: number
  downsampled: boolean
  weights: number[]
  bias: number
  over: boolean
}

const failure = (error: SessionError): { ok: false; error: SessionError } => ({ ok: false, error })

export class RunSession {
  private run: CurrentRun | null = null
  private worker: TrainingWorker | null = null
  /** The current run has not reported yet: its worker may still be starting it. */
  private starting = false

  constructor(private readonly options: RunSessionOptions) {}

  /** The current run's id while it has not ended. */
  get activeRunId(): string | null {
    return this.run && !this.run.over ? this.run.id : null
  }

  /**
   * Starts a run, replacing the current one (whose late frames are then ignored); refused while
   * the current run has not reported yet, so a window cannot pile starts onto a worker that is
   * still setting one up (loading its data, starting its threads).
   */
  start(request: RunRequest): SessionResult<{ runId: string }> {
    if (this.starting && this.run && !this.run.over) {
      return failure({ code: 'busy', message: 'the previous run is still starting' })
    }
    const runId = this.options.newRunId()
    const transfer = this.options.transferData ? transferList(request) : []
    const saved = request.resumeFrom
    const previous = this.run
    this.run = {
      id: runId,
      totalEpochs: request.config.epochs,
      seq: -1,
      epoch: (saved?.epoch ?? 0) - 1,
      downsampled: false,
      weights: saved ? saved.params.slice(0, -1) : [],
      bias: saved ? saved.params[request.data.cols] : 0,
      over: false
    }
    try {
      this.workerForStart().post({ type: 'start', runId, request }, transfer)
      this.starting = true
    } catch (error) {
      this.run = previous
      const detail = error instanceof Error ? error.message : String(error)
      return failure({ code: 'internal', message: `the training worker is unavailable: ${detail}` })
    }
    return { ok: true, value: { runId } }
  }

  /**
   * Starts the worker before the first run needs it (spawning one took ~5 ms of the Train click's
   * task). A worker that cannot start is reported by the run that asks for it, as before.
   */
  prepare(): void {
    try {
      this.workerForStart()
    } catch (error) {
      console.warn('Logit Lab: the training worker could not be started ahead of a run', error)
    }
  }

  /** Hands a command to the run it names. A run that has ended takes none (nor is that an error). */
  command(runId: string, command: RunCommand): SessionResult<null> {
    const run = this.run
    if (run === null || run.id !== runId) {
      return failure({ code: 'noSuchRun', field: 'runId', message: `no run ${runId} here` })
    }
    if (!run.over && this.worker) this.worker.post({ type: 'command', runId, command }, [])
    return { ok: true, value: null }
  }

  /** Stops the current run, if any (its window is going away); no more frames are delivered. */
  end(): void {
    const run = this.run
    if (run === null || run.over) return
    run.over = true
    this.worker?.post({ type: 'command', runId: run.id, command: { kind: 'stop' } }, [])
  }

  /** Stops the run and ends the worker. */
  async dispose(): Promise<void> {
    this.end()
    const worker = this.worker
    this.worker = null
    await worker?.terminate()
  }

  private workerForStart(): TrainingWorker {
    if (this.worker) return this.worker
    let spawned: TrainingWorker | null = null
    // Events of a worker this session already let go are stale: a terminated worker still
    // reports its exit.
    const isCurrent = (): boolean => spawned !== null && this.worker === spawned
    spawned = this.options.spawnWorker({
      message: (data) => {
        if (!isCurrent()) return
        if (isFromWorker(data)) this.receive(data)
        else this.lose({ kind: 'unknownMessage' })
      },
      lost: (loss) => {
        if (isCurrent()) this.lose(loss)
      }
    })
    this.worker = spawned
    return spawned
  }

  private receive(message: FromWorker): void {
    const run = this.run
    if (run === null || run.over || message.runId !== run.id) return
    this.starting = false
    if (message.type === 'failed') return this.fail({ kind: 'failed', message: message.detail })
    const { frame } = message
    run.seq = frame.seq
    run.epoch = frame.epoch
    run.downsampled = frame.downsampled
    run.weights = frame.weights
    run.bias = frame.bias
    run.over = isFinalState(frame.state)
    this.options.deliver(frame)
  }

  /** The worker failed: forget it (ending it if it still runs) and fail its run. */
  private lose(loss: WorkerLoss): void {
    const worker = this.worker
    this.worker = null
    Promise.resolve(worker?.terminate()).catch((error: unknown) =>
      console.error('Logit Lab: ending a failed training worker', error)
    )
    if (this.run && !this.run.over) this.fail(loss)
  }

  private fail(loss: WorkerLoss): void {
    const run = this.run as CurrentRun
    run.over = true
    run.seq++
    const empty = new Float64Array(0)
    this.options.deliver({
      runId: run.id,
      seq: run.seq,
      state: 'error',
      epoch: run.epoch,
      totalEpochs: run.totalEpochs,
      points: { epochs: empty, cost: empty, accuracy: empty },
      downsampled: run.downsampled,
      logLines: [],
      weights: run.weights,
      bias: run.bias,
      epochsPerSecond: 0,
      problem: { code: 'workerCrashed', loss }
    })
  }
}
