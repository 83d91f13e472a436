// The run as the UI sees it: its state, the latest weights, the log, and the points for the
// charts. Frames from the trainer are queued and applied once per animation frame;
// frames of any other run (a stopped one, a reset one) are ignored by run id.
import { defineStore } from 'pinia'
import { computed, markRaw, onScopeDispose, ref, shallowRef, triggerRef } from 'vue'
import type { Dataset } from '@core/dataset'
import type { TrainingConfig } from '@core/config'
import type {
  ApiError,
  ApiResult,
  DatasetPayload,
  LogLine,
  RunCommand,
  RunNotice,
  RunProblem,
  RunState,
  Speed,
  TrainingFrame
} from '@shared/contract'
import { injectLabApi } from '../platform/labApiInjection'
import { createFrameBatcher } from './frameBatcher'
import { useDatasetStore } from './dataset'
import { useSettingsStore } from './settings'
import { initialParametersFor, shownModelOf, type ShownModel } from './shownModel'
import { TrainingHistory } from './trainingHistory'

export type TrainingStatus = RunState | 'idle'
export type StepUnit = 'epoch' | 'logInterval'
/** Why Train is disabled, when it is. */
export type TrainBlocker = 'data' | 'settings' | 'active' | null

/** The platform copies the arrays to the trainer, so the table's data stays intact. */
function payloadOf(dataset: Dataset): DatasetPayload {
  const { rows, cols, x, y } = dataset
  return { featureNames: [...dataset.featureNames], rows, cols, x, y }
}

/** A plain object: reactive proxies cannot be structured-cloned to a worker or over IPC. */
function plainConfig(config: TrainingConfig): TrainingConfig {
  return { ...config, optimizer: { ...config.optimizer } }
}

function failure(error: unknown): ApiResult<never> {
  console.error('Logit Lab: the trainer did not answer', error)
  return { ok: false, error: { code: 'internal', message: String(error) } }
}

export const useTrainingStore = defineStore('training', () => {
  const api = injectLabApi()
  const settings = useSettingsStore()
  const data = useDatasetStore()

  const status = ref<TrainingStatus>('idle')
  const runId = ref<string | null>(null)
  const epoch = ref(-1)
  const totalEpochs = ref(settings.config.epochs)
  const epochsPerSecond = ref(0)
  const weights = shallowRef<number[]>([])
  const bias = ref(0)
  const history = markRaw(new TrainingHistory())
  const logLines = shallowRef<LogLine[]>(history.logLineArray)
  const problem = shallowRef<RunProblem | null>(null)
  /** The run's notice (chaotic from an epoch on, core/chaos.ts); the run trains on. */
  const notice = shallowRef<RunNotice | null>(null)
  const requestError = shallowRef<ApiError | null>(null)
  const starting = ref(false)
  const stepUnit = ref<StepUnit>('epoch')

  // Primitive computeds: only a change of init or seed (not of, say, the threshold) changes the
  // initial model, and so what every view of it recomputes.
  const initKind = computed(() => settings.config.init)
  const initSeed = computed(() => settings.config.seed)
  /** The model the formula, the decision line and the prediction table show (see shownModel.ts). */
  const shownModel = computed<ShownModel>(() =>
    shownModelOf(weights.value, bias.value, data.featureCount, (d) =>
      initialParametersFor(initKind.value, initSeed.value, d)
    )
  )

  const isActive = computed(
    () => starting.value || status.value === 'running' || status.value === 'paused'
  )
  const trainBlocker = computed<TrainBlocker>(() => {
    if (isActive.value) return 'active'
    // isTrainable is cheap; reading `dataset` would copy the table on every edit.
    if (!data.isTrainable) return 'data'
    return settings.hasErrors ? 'settings' : null
  })
  const canTrain = computed(() => trainBlocker.value === null)
  /** Step works on a paused run, or starts one paused; a running run is paused first by Space. */
  const canStep = computed(() => !starting.value && (status.value === 'paused' || canTrain.value))

  let lastSeq = -1
  /** Frames that arrived while train() waited for its run id. */
  let earlyFrames: TrainingFrame[] = []
  const batcher = createFrameBatcher(applyFrames)
  const unsubscribe = api.onFrame(receive)
  onScopeDispose(() => {
    unsubscribe()
    batcher.discard()
  })

  function receive(frame: TrainingFrame): void {
    if (starting.value) earlyFrames.push(frame)
    else if (frame.runId === runId.value) batcher.push(frame)
  }

  function applyFrames(frames: TrainingFrame[]): void {
    let latest: TrainingFrame | null = null
    let newLines = false
    for (const frame of frames) {
      if (frame.runId !== runId.value || frame.seq <= lastSeq) continue
      lastSeq = frame.seq
      history.append(frame.points, frame.downsampled, frame.logLines)
      newLines ||= frame.logLines.length > 0
      if (frame.problem) problem.value = frame.problem
      // Every frame from the detection on carries it: keep the first, unchanged.
      if (frame.notice && notice.value === null) notice.value = frame.notice
      latest = frame
    }
    if (latest === null) return
    status.value = latest.state
    epoch.value = latest.epoch
    totalEpochs.value = latest.totalEpochs
    epochsPerSecond.value = latest.epochsPerSecond
    weights.value = latest.weights
    bias.value = latest.bias
    if (newLines) triggerRef(logLines)
  }

  function clearRun(): void {
    batcher.discard()
    lastSeq = -1
    history.clear()
    logLines.value = history.logLineArray
    epoch.value = -1
    totalEpochs.value = settings.config.epochs
    epochsPerSecond.value = 0
    weights.value = []
    bias.value = 0
    problem.value = null
    notice.value = null
    requestError.value = null
  }

  /** Start a new run with the current data and settings. Resolves true once it started. */
  async function train(options: { startPaused?: boolean } = {}): Promise<boolean> {
    const dataset = data.dataset
    if (dataset === null || !canTrain.value) return false
    runId.value = null
    clearRun()
    // Epochs 0..N: room for every point up front, so no frame of the run copies the history.
    history.reserve(settings.config.epochs + 1)
    starting.value = true
    earlyFrames = []
    const request = {
      data: payloadOf(dataset),
      config: plainConfig(settings.config),
      speed: { ...settings.speed },
      startPaused: options.startPaused ?? false
    }
    const result = await api.train(request).catch(failure)
    starting.value = false
    const early = earlyFrames
    earlyFrames = []
    if (!result.ok) {
      requestError.value = result.error
      return false
    }
    runId.value = result.value.runId
    status.value = request.startPaused ? 'paused' : 'running'
    for (const frame of early) receive(frame)
    return true
  }

  async function command(runCommand: RunCommand): Promise<void> {
    const id = runId.value
    if (id === null) return
    const result = await api.command(id, runCommand).catch(failure)
    // A control racing the run's end finds no run: nothing to tell the user.
    if (!result.ok && !(result.error.code === 'noSuchRun' && !isActive.value)) {
      requestError.value = result.error
    }
  }

  function pause(): Promise<void> {
    return status.value === 'running' ? command({ kind: 'pause' }) : Promise.resolve()
  }

  function resume(): Promise<void> {
    return status.value === 'paused' ? command({ kind: 'resume' }) : Promise.resolve()
  }

  /** Run `epochs` more epochs, then pause; before a run, start one paused first. */
  async function step(epochs: number): Promise<void> {
    if (!canStep.value) return
    if (!isActive.value && !(await train({ startPaused: true }))) return
    await command({ kind: 'step', epochs })
  }

  /** The epochs one press of Step runs: one, or up to the next logged epoch. */
  function epochsPerStep(): number {
    if (stepUnit.value === 'epoch') return 1
    const every = settings.config.logEvery
    const current = isActive.value ? epoch.value : -1
    const total = isActive.value ? totalEpochs.value : settings.config.epochs
    const nextLogged = (Math.floor(current / every) + 1) * every
    return Math.max(1, Math.min(nextLogged, total) - current)
  }

  function stepOnce(): Promise<void> {
    return step(epochsPerStep())
  }

  function stop(): Promise<void> {
    return isActive.value ? command({ kind: 'stop' }) : Promise.resolve()
  }

  /** Forget the run: back to the initial weights, an empty log and empty charts. */
  async function resetWeights(): Promise<void> {
    if (starting.value) return
    const id = runId.value
    const wasActive = isActive.value
    runId.value = null // from here on, frames of that run are ignored
    clearRun()
    status.value = 'idle'
    if (id !== null && wasActive) {
      const result = await api.command(id, { kind: 'stop' }).catch(failure)
      if (!result.ok && result.error.code !== 'noSuchRun') requestError.value = result.error
    }
  }

  async function setSpeed(speed: Speed): Promise<void> {
    settings.setSpeed(speed)
    if (isActive.value) await command({ kind: 'setSpeed', speed: { ...speed } })
  }

  /** Space: Train when there is no run, else pause or resume it. */
  function toggle(): Promise<unknown> {
    if (status.value === 'running') return pause()
    if (status.value === 'paused') return resume()
    return train()
  }

  return {
    status,
    runId,
    epoch,
    totalEpochs,
    epochsPerSecond,
    weights,
    bias,
    shownModel,
    logLines,
    problem,
    notice,
    requestError,
    history,
    starting,
    stepUnit,
    isActive,
    canTrain,
    canStep,
    trainBlocker,
    train,
    pause,
    resume,
    step,
    stepOnce,
    epochsPerStep,
    stop,
    resetWeights,
    setSpeed,
    toggle
  }
})
