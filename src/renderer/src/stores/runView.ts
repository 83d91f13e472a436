// What the window shows of a run: its state, counters, weights, history, log, problem and notice,
// as the training store's state. Filled from the trainer's frames (apply) or from a session
// (show); the store decides which frames belong to its run.
import { markRaw, ref, shallowRef, triggerRef } from 'vue'
import type { TrainerState } from '@core/trainerState'
import type { LogLine, RunNotice, RunProblem, RunState, TrainingFrame } from '@shared/contract'
import type { SessionRun } from '@shared/session'
import { CheckpointKeeper } from './checkpointKeeper'
import { logLinesOf, type RunCheckpoint } from './runCapture'
import { TrainingHistory } from './trainingHistory'

export type TrainingStatus = RunState | 'idle'

/** Called in the training store's setup: the refs are the store's state. */
export function createRunView(totalEpochsAtStart: number) {
  const status = ref<TrainingStatus>('idle')
  const epoch = ref(-1)
  const totalEpochs = ref(totalEpochsAtStart)
  const epochsPerSecond = ref(0)
  const weights = shallowRef<number[]>([])
  const bias = ref(0)
  const history = markRaw(new TrainingHistory())
  const logLines = shallowRef<LogLine[]>(history.logLineArray)
  const problem = shallowRef<RunProblem | null>(null)
  /** From which epoch the run is chaotic (its numbers and PyTorch's cannot agree). */
  const notice = shallowRef<RunNotice | null>(null)
  /** What continues the run exactly, when the latest frame carried it (paused or ended runs). */
  const trainerState = shallowRef<TrainerState | null>(null)
  const checkpoints = markRaw(new CheckpointKeeper())
  // A compacted or cleared history no longer has the points a checkpoint counted.
  history.subscribe((event) => {
    if (event.kind === 'reset') checkpoints.forget()
  })

  /** Frames of the shown run, in order (the store dropped stale and repeated ones). */
  function apply(frames: readonly TrainingFrame[]): void {
    const latest = frames.at(-1)
    if (latest === undefined) return
    let newLines = false
    for (const frame of frames) {
      history.append(frame.points, frame.downsampled, frame.logLines)
      newLines ||= frame.logLines.length > 0
      if (frame.problem) problem.value = frame.problem
      // The first epoch found chaotic is the one that counts (a continued run may find a later one).
      if (frame.notice && notice.value === null) notice.value = frame.notice
      if (frame.trainerState) checkpoints.note(checkpointAt(frame, frame.trainerState))
    }
    status.value = latest.state
    epoch.value = latest.epoch
    totalEpochs.value = latest.totalEpochs
    // A snapshot's frame mid-run measures nothing: the rate shown stays the last measured one.
    if (!(latest.trainerState && latest.state === 'running')) {
      epochsPerSecond.value = latest.epochsPerSecond
    }
    weights.value = latest.weights
    bias.value = latest.bias
    trainerState.value = latest.trainerState ?? null
    if (newLines) triggerRef(logLines)
    checkpoints.settle(latest.state === 'running')
  }

  function checkpointAt(frame: TrainingFrame, state: TrainerState): RunCheckpoint {
    return {
      state: frame.state,
      epoch: frame.epoch,
      weights: frame.weights,
      bias: frame.bias,
      trainerState: state,
      historyLength: history.length,
      logLength: history.logLines.length,
      downsampled: history.downsampled,
      problem: problem.value,
      notice: notice.value
    }
  }

  /** The run as it stands (paused or ended: its latest frame is one consistent moment). */
  function currentCheckpoint(): RunCheckpoint {
    return {
      state: status.value === 'idle' ? 'stopped' : status.value,
      epoch: epoch.value,
      weights: weights.value,
      bias: bias.value,
      trainerState: trainerState.value,
      historyLength: history.length,
      logLength: history.logLines.length,
      downsampled: history.downsampled,
      problem: problem.value,
      notice: notice.value
    }
  }

  /** No run: empty charts and log, counters back to the start. */
  function clear(total: number): void {
    history.clear()
    logLines.value = history.logLineArray
    status.value = 'idle'
    epoch.value = -1
    totalEpochs.value = total
    epochsPerSecond.value = 0
    weights.value = []
    bias.value = 0
    problem.value = null
    notice.value = null
    trainerState.value = null
    checkpoints.cancel()
  }

  /** A saved run, exactly as it was saved. */
  function show(run: SessionRun): void {
    clear(run.totalEpochs)
    const { history: points } = run
    history.reserve(points.epochs.length)
    history.append(points, points.downsampled, logLinesOf(run.log))
    triggerRef(logLines)
    status.value = run.state
    epoch.value = run.epoch
    weights.value = [...run.weights]
    bias.value = run.bias
    problem.value = run.problem
    notice.value = run.notice
    trainerState.value = run.trainer
  }

  return {
    state: {
      status,
      epoch,
      totalEpochs,
      epochsPerSecond,
      weights,
      bias,
      history,
      logLines,
      problem,
      notice,
      trainerState
    },
    checkpoints,
    apply,
    clear,
    show,
    currentCheckpoint
  }
}
