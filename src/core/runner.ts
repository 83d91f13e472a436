// Runs one Trainer in slices of a few milliseconds, so a host's control messages get through
// between two slices (always at an epoch boundary), and coalesces what it did into frames: at
// most one per frame interval (~60 a second) whatever the epoch rate, plus one at each change of
// state. Transport-agnostic: frames go to a `post` callback, so worker_threads, Web Workers and
// tests use it unchanged.
import { ChaosDetector } from './chaos'
import type { Dataset } from './dataset'
import { costLine } from './format'
import { systemClock, type RunnerClock } from './runnerClock'
import { DEFAULT_HISTORY_CAP, HistoryBuffer } from './runnerHistory'
import { Pace, RateMeter } from './runnerPace'
import type {
  RunCommand,
  RunFrame,
  RunLogLine,
  RunProblem,
  RunRequest,
  RunSpeed,
  RunState
} from './runnerTypes'
import { Trainer, type BatchAccumulator, type EpochRecord } from './trainer'

export type FramePost = (frame: RunFrame, transfer: ArrayBuffer[]) => void

export interface RunnerOptions {
  runId: string
  /** Validated already, where it came in (main's IPC, the web edition's LabApi). */
  request: RunRequest
  post: FramePost
  clock?: RunnerClock
  accumulator?: BatchAccumulator
  /** Exact history points per run before the envelope (DEFAULT_HISTORY_CAP). */
  historyCap?: number
  /** Work per slice before yielding to the event loop. */
  sliceMs?: number
  frameIntervalMs?: number
}

export const DEFAULT_SLICE_MS = 8
export const DEFAULT_FRAME_INTERVAL_MS = 1000 / 60
/** Epochs run between two looks at the clock are sized to take about this long. */
const CHUNK_MS = 0.5
const MAX_CHUNK = 1 << 20

export class Runner {
  private readonly trainer: Trainer
  /** Watches the run for chaos (small data only): see chaos.ts. */
  private readonly chaos: ChaosDetector
  private readonly clock: RunnerClock
  private readonly history: HistoryBuffer
  private readonly pace: Pace
  private readonly meter: RateMeter
  private readonly lastEpoch: number
  private readonly logEvery: number
  private logLines: RunLogLine[] = []
  private runState: RunState
  private seq = 0
  private lastFrameAt: number
  private epochsRun = 0
  /** Epochs left of a step; 0 when not stepping. */
  private stepRemaining = 0
  /** Epochs per clock look, adapted to the data's speed. */
  private chunk = 1
  /** Epochs the last slice ran, and whether it ended a step. */
  private ranThisSlice = 0
  private steppedOut = false
  private cancelTick: (() => void) | null = null

  constructor(private readonly options: RunnerOptions) {
    const { request } = options
    const dataset: Dataset = { ...request.data }
    const trainerOptions = { accumulator: options.accumulator }
    this.trainer = request.resumeFrom
      ? Trainer.resume(dataset, request.config, request.resumeFrom, trainerOptions)
      : Trainer.start(dataset, request.config, trainerOptions)
    this.chaos = new ChaosDetector(this.trainer, dataset)
    this.clock = options.clock ?? systemClock()
    this.lastEpoch = request.config.epochs
    this.logEvery = request.config.logEvery
    this.history = new HistoryBuffer(options.historyCap ?? DEFAULT_HISTORY_CAP, this.lastEpoch)
    const now = this.clock.now()
    this.pace = new Pace(request.speed, now)
    this.meter = new RateMeter(now)
    this.lastFrameAt = now
    this.runState = request.startPaused ? 'paused' : 'running'
  }

  get state(): RunState {
    return this.runState
  }

  /** Posts the first frame (initial weights) and starts unless asked to start paused. */
  start(): void {
    if (this.trainer.finished) return this.finish('done')
    this.postFrame()
    if (this.runState === 'running') this.schedule(0)
  }

  command(command: RunCommand): void {
    if (this.isOver) return
    switch (command.kind) {
      case 'pause':
        return this.pause()
      case 'resume':
        this.stepRemaining = 0
        return this.run()
      case 'step':
        this.stepRemaining = Math.max(1, Math.floor(command.epochs))
        return this.run()
      case 'stop':
        return this.finish('stopped')
      case 'setSpeed':
        return this.setSpeed(command.speed)
      case 'snapshot':
        return this.postFrame(undefined, false, true)
    }
  }

  /** Ends the run without a last frame (its host moved on to another run). */
  dispose(): void {
    if (this.isOver) return
    this.runState = 'stopped'
    this.cancel()
    this.clock.close()
  }

  private get isOver(): boolean {
    return this.runState !== 'running' && this.runState !== 'paused'
  }

  private pause(): void {
    this.stepRemaining = 0
    if (this.runState !== 'running') return
    this.cancel()
    this.runState = 'paused'
    this.postFrame()
  }

  private run(): void {
    const now = this.clock.now()
    if (this.runState === 'paused') {
      this.runState = 'running'
      this.meter.reset(now, this.epochsRun)
    }
    this.pace.restart(now)
    this.schedule(0)
  }

  private setSpeed(speed: RunSpeed): void {
    this.pace.set(speed, this.clock.now())
    if (this.runState === 'running') this.schedule(0)
  }

  private schedule(delayMs: number): void {
    this.cancel()
    this.cancelTick = this.clock.later(this.tick, delayMs)
  }

  private cancel(): void {
    this.cancelTick?.()
    this.cancelTick = null
  }

  private readonly tick = (): void => {
    this.cancelTick = null
    if (this.runState !== 'running') return
    try {
      this.slice()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.finish('error', { code: 'workerCrashed', loss: { kind: 'failed', message } })
      return
    }
    const { trainer } = this
    if (trainer.diverged) return this.finish('diverged', { code: 'diverged', ...trainer.diverged })
    if (trainer.finished) return this.finish('done')
    if (this.stepRemaining === 0 && this.steppedOut) return this.pause()
    const now = this.clock.now()
    if (this.frameDue(now)) this.postFrame()
    this.schedule(this.pace.delay(now))
  }

  /** Runs what is due, until the slice's time is up or the next frame is due. */
  private slice(): void {
    const { clock, trainer, pace } = this
    const start = clock.now()
    const deadline = Math.min(
      start + (this.options.sliceMs ?? DEFAULT_SLICE_MS),
      this.lastFrameAt + (this.options.frameIntervalMs ?? DEFAULT_FRAME_INTERVAL_MS)
    )
    let budget = pace.due(start)
    // A late tick (a busy machine) catches up one epoch, and one frame, a tick, ticking again at
    // once: in slow motion no frame may hold two epochs.
    if (this.slowMotion) budget = Math.min(budget, 1)
    this.ranThisSlice = 0
    const stepping = this.stepRemaining > 0
    if (stepping) budget = Math.min(budget, this.stepRemaining)
    while (budget > 0 && !trainer.finished) {
      const before = clock.now()
      const ran = trainer.run(Math.min(budget, this.chunk), this.onEpoch)
      const after = clock.now()
      budget -= ran
      pace.ran(ran)
      this.epochsRun += ran
      this.ranThisSlice += ran
      if (stepping) this.stepRemaining -= ran
      if (ran > 0) this.adaptChunk(ran, after - before)
      if (after >= deadline) break
    }
    this.steppedOut = stepping && this.stepRemaining === 0
  }

  /**
   * Sizes the next chunk to take about CHUNK_MS. Browsers coarsen a worker's clock (to 0.1 ms or
   * more), so a chunk that seems to take no time only doubles: trusting a reading of 0 would make
   * the next chunk run for hundreds of milliseconds with no frame and no control in between.
   */
  private adaptChunk(ran: number, elapsed: number): void {
    if (elapsed < CHUNK_MS / 4) this.chunk = Math.min(this.chunk * 2, MAX_CHUNK)
    else this.chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor((ran * CHUNK_MS) / elapsed)))
  }

  /** Slow motion: up to 60 epochs a second, each worth a frame of its own. */
  private get slowMotion(): boolean {
    return this.pace.paced && this.pace.rate <= 60
  }

  private frameDue(now: number): boolean {
    // In slow motion every epoch is worth a frame (the epochs are already spaced out in time).
    if (this.slowMotion) return this.ranThisSlice > 0
    return now - this.lastFrameAt >= (this.options.frameIntervalMs ?? DEFAULT_FRAME_INTERVAL_MS)
  }

  private readonly onEpoch = (record: EpochRecord): void => {
    const { epoch, cost, accuracy } = record
    this.history.add(epoch, cost, accuracy)
    this.chaos.observe(record)
    // Exactly the lab's `if epoch % k == 0`: no extra line for a last epoch off the grid.
    if (epoch % this.logEvery === 0) {
      this.logLines.push({ epoch, cost, accuracy, text: costLine(epoch, this.lastEpoch, cost) })
    }
  }

  private finish(state: RunState, problem?: RunProblem): void {
    this.cancel()
    const wasRunning = this.runState === 'running'
    this.runState = state
    this.postFrame(problem, wasRunning)
    this.clock.close()
  }

  /**
   * `measured`: whether the epochs since the last frame ran without a pause in between.
   * `withState`: carry the trainer's state; always once the run paused or ended (not diverged).
   */
  private postFrame(
    problem?: RunProblem,
    measured = this.runState === 'running',
    withState = this.runState !== 'running' && this.runState !== 'diverged'
  ): void {
    const now = this.clock.now()
    const { trainer } = this
    const points = this.history.take()
    const transfer: ArrayBuffer[] = [
      points.epochs.buffer,
      points.cost.buffer,
      points.accuracy.buffer
    ]
    const frame: RunFrame = {
      runId: this.options.runId,
      seq: this.seq++,
      state: this.runState,
      epoch: trainer.nextEpoch - 1,
      totalEpochs: this.lastEpoch,
      points,
      downsampled: this.history.downsampled,
      logLines: this.logLines,
      weights: trainer.weights,
      bias: trainer.bias,
      epochsPerSecond: measured ? this.meter.sample(now, this.epochsRun) : 0
    }
    if (problem) frame.problem = problem
    const notice = this.chaos.notice
    if (notice) frame.notice = { ...notice }
    if (withState && !problem) frame.trainerState = trainer.snapshot()
    this.logLines = []
    this.lastFrameAt = now
    this.options.post(frame, transfer)
  }
}
