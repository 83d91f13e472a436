// The host side of the protocol for one window: at most one run, checked input, late frames of
// replaced or finished runs dropped, and an `error` frame when the worker dies under a run. The
// training service (one session per window) and the web edition (one per page) share it.
import { checkRunRequest, checkSpeed, checkStepEpochs, type RunInputError } from './runnerInput'
import { transferList, type FromWorker, type ToWorker } from './runnerProtocol'
import { isFinalState, type RunCommand, type RunFrame, type RunRequest } from './runnerTypes'

export interface SessionError {
  code: RunInputError['code'] | 'noSuchRun' | 'internal'
  field?: string
  message: string
}

/** The same shape as the contract's ApiResult. */
export type SessionResult<T> = { ok: true; value: T } | { ok: false; error: SessionError }

export interface RunSessionOptions {
  /** To the worker; may create it. Throwing means the worker could not be reached. */
  send(message: ToWorker, transfer: ArrayBuffer[]): void
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

/** Plain copies of objects and arrays (a store may hand us proxies, which cannot be posted). */
function plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plain) as T
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) copy[key] = plain(item)
  return copy as T
}

export class RunSession {
  private run: CurrentRun | null = null

  constructor(private readonly options: RunSessionOptions) {}

  /** The current run's id while it has not ended. */
  get activeRunId(): string | null {
    return this.run && !this.run.over ? this.run.id : null
  }

  /** Starts a run, replacing the current one (whose late frames are then ignored). */
  start(request: RunRequest): SessionResult<{ runId: string }> {
    const invalid = checkRunRequest(request)
    if (invalid) return failure(invalid)
    const runId = this.options.newRunId()
    const message: ToWorker = { type: 'start', runId, request: plain(request) }
    const transfer = this.options.transferData ? transferList(request) : []
    const firstEpoch = request.resumeFrom ? request.resumeFrom.epoch : 0
    const previous = this.run
    this.run = {
      id: runId,
      totalEpochs: request.config.epochs,
      seq: -1,
      epoch: firstEpoch - 1,
      downsampled: false,
      weights: request.resumeFrom ? request.resumeFrom.params.slice(0, -1) : [],
      bias: request.resumeFrom ? request.resumeFrom.params[request.data.cols] : 0,
      over: false
    }
    try {
      this.options.send(message, transfer)
    } catch (error) {
      this.run = previous
      const detail = error instanceof Error ? error.message : String(error)
      return failure({ code: 'internal', message: `the training worker is unavailable: ${detail}` })
    }
    return { ok: true, value: { runId } }
  }

  command(runId: string, command: RunCommand): SessionResult<null> {
    const run = this.run
    if (run === null || run.id !== runId) {
      return failure({ code: 'noSuchRun', field: 'runId', message: `no run ${runId} here` })
    }
    const invalid =
      command.kind === 'step'
        ? checkStepEpochs(command.epochs)
        : command.kind === 'setSpeed'
          ? checkSpeed(command.speed)
          : null
    if (invalid) return failure(invalid)
    // A run that has ended takes no more commands; asking is not an error (the user was quick).
    if (!run.over) this.options.send({ type: 'command', runId, command: plain(command) }, [])
    return { ok: true, value: null }
  }

  receive(message: FromWorker): void {
    const run = this.run
    if (run === null || run.over || message.runId !== run.id) return
    if (message.type === 'failed') return this.fail(message.detail)
    const { frame } = message
    run.seq = frame.seq
    run.epoch = frame.epoch
    run.downsampled = frame.downsampled
    run.weights = frame.weights
    run.bias = frame.bias
    run.over = isFinalState(frame.state)
    this.options.deliver(frame)
  }

  /** The worker died or could not be reached: the current run ends with an error frame. */
  workerLost(detail: string): void {
    if (this.run && !this.run.over) this.fail(detail)
  }

  /** Stops the current run, if any (its window is going away); no more frames are delivered. */
  end(): void {
    const run = this.run
    if (run === null || run.over) return
    run.over = true
    this.options.send({ type: 'command', runId: run.id, command: { kind: 'stop' } }, [])
  }

  private fail(detail: string): void {
    const run = this.run as CurrentRun
    run.over = true
    run.seq++
    this.options.deliver({
      runId: run.id,
      seq: run.seq,
      state: 'error',
      epoch: run.epoch,
      totalEpochs: run.totalEpochs,
      points: {
        epochs: new Float64Array(0),
        cost: new Float64Array(0),
        accuracy: new Float64Array(0)
      },
      downsampled: run.downsampled,
      logLines: [],
      weights: run.weights,
      bias: run.bias,
      epochsPerSecond: 0,
      problem: { code: 'workerCrashed', detail }
    })
  }
}
