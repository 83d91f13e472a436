// The run as the UI sees it: its state, the latest weights, the log, and the points for the
// charts (runView.ts). Frames from the trainer are queued and applied once per animation frame;
// frames of any other run (a stopped one, a reset one) are ignored by run id. A run can also come
// from a session (restoreRun) and continue from it (runContinuation.ts), and a session takes the
// run at one of its moments (captureRun, runCapture.ts).
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import type { Dataset } from '@core/dataset'
import type { TrainingConfig } from '@core/config'
import { activeMistakes } from '@core/mistakes'
import type {
  ApiError,
  ApiResult,
  DatasetPayload,
  RunCommand,
  Speed,
  TrainingFrame,
  TrainRequest
} from '@shared/contract'
import type { SessionRun } from '@shared/session'
import type { LivePacer } from '@renderer/lib/livePacer'
import { injectLabApi } from '../platform/labApiInjection'
import { createFrameBatcher } from './frameBatcher'
import { useDatasetStore } from './dataset'
import { plainConfig, useSettingsStore } from './settings'
import type { ImportedModel } from './shownModel'
import { createModelViews } from './modelViews'
import { sessionRunOf, type RunCheckpoint } from './runCapture'
import { trainContinues, type RestoredRun } from './runContinuation'
import { createRunAvailability } from './runAvailability'
import { createRunView } from './runView'

export type { TrainingStatus } from './runView'
export type StepUnit = 'epoch' | 'logInterval'
export type { TrainBlocker } from './runAvailability'

/** The platform copies the arrays to the trainer, so the table's data stays intact. */
function payloadOf(dataset: Dataset): DatasetPayload {
  const { rows, cols, x, y } = dataset
  return { featureNames: [...dataset.featureNames], rows, cols, x, y }
}

function failure(error: unknown): ApiResult<never> {
  console.error('Logit Lab: the trainer did not answer', error)
  return { ok: false, error: { code: 'internal', message: String(error) } }
}

export const useTrainingStore = defineStore('training', () => {
  const api = injectLabApi()
  const settings = useSettingsStore()
  const data = useDatasetStore()

  const view = createRunView(settings.config.epochs)
  const { status, epoch, totalEpochs, weights, bias, history } = view.state
  const runId = ref<string | null>(null)
  const requestError = shallowRef<ApiError | null>(null)
  const starting = ref(false)
  const stepUnit = ref<StepUnit>('epoch')
  /** The run came from a session and has no worker yet (see runContinuation.ts). */
  const restored = shallowRef<RestoredRun | null>(null)
  /** Weights from a file, shown until a run starts (see shownModel.ts). */
  const imported = shallowRef<ImportedModel | null>(null)
  /** What the shown run trains (or trained) with. */
  const runConfig = shallowRef<TrainingConfig | null>(null)
  /** The deliberate mistakes of the shown run (its status and log say them). */
  const runMistakes = computed(() =>
    runConfig.value === null ? [] : activeMistakes(runConfig.value)
  )
  /** The latest train request's answer, which a capture waits for. */
  let started: Promise<unknown> = Promise.resolve()

  const { trainedModel, standardization, shownModel } = createModelViews({
    weights,
    bias,
    imported,
    runConfig,
    settings: () => settings.config,
    featureCount: () => data.featureCount,
    // isTrainable is cheap; `dataset` is read only while standardizing.
    trainableData: () => (data.isTrainable ? data.dataset : null)
  })

  const { isActive, trainBlocker, canTrain, canContinue, canResume, canPauseOrResume, canStep } =
    createRunAvailability({ starting, status, restored, data, settings })

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
    const current: TrainingFrame[] = []
    for (const frame of frames) {
      if (frame.runId !== runId.value || frame.seq <= lastSeq) continue
      lastSeq = frame.seq
      current.push(frame)
    }
    view.apply(current)
  }

  /** Forget the run (and imported weights): an empty log and empty charts. */
  function clearRun(): void {
    batcher.discard()
    lastSeq = -1
    view.clear(settings.config.epochs)
    requestError.value = null
    restored.value = null
    imported.value = null
    runConfig.value = null
  }

  /**
   * Start a new run with the current data and settings, or continue a restored run whose epochs
   * were raised (see runContinuation.ts). Resolves true once it started.
   */
  async function train(options: { startPaused?: boolean } = {}): Promise<boolean> {
    const dataset = data.dataset
    if (dataset === null || !canTrain.value) return false
    const from = restored.value
    if (from !== null && canContinue.value && trainContinues(settings.config, from.config)) {
      return continueRestored(settings.config, options.startPaused ?? false)
    }
    runId.value = null
    clearRun()
    return startRun({
      data: payloadOf(dataset),
      config: plainConfig(settings.config),
      speed: { ...settings.speed },
      startPaused: options.startPaused ?? false
    })
  }

  /** Continue the restored run with `config` (its own, or with raised epochs). */
  async function continueRestored(config: TrainingConfig, startPaused: boolean): Promise<boolean> {
    const from = restored.value
    const dataset = data.dataset
    if (from?.trainer == null || dataset === null || !canContinue.value) return false
    // The history and the log stay: the run's frames go on appending to them.
    batcher.discard()
    lastSeq = -1
    imported.value = null
    requestError.value = null
    return startRun({
      data: payloadOf(dataset),
      config: plainConfig(config),
      speed: { ...settings.speed },
      startPaused,
      resumeFrom: structuredClone(from.trainer)
    })
  }

  async function startRun(request: TrainRequest): Promise<boolean> {
    runId.value = null
    runConfig.value = request.config
    // Epochs 0..N: room for every point up front, so no frame of the run copies the history.
    history.reserve(request.config.epochs + 1)
    starting.value = true
    earlyFrames = []
    const answer = api.train(request).catch(failure)
    started = answer
    const result = await answer
    starting.value = false
    const early = earlyFrames
    earlyFrames = []
    if (!result.ok) {
      requestError.value = result.error
      return false
    }
    runId.value = result.value.runId
    restored.value = null
    status.value = request.startPaused ? 'paused' : 'running'
    for (const frame of early) receive(frame)
    return true
  }

  /** Show `run` (from a session) as it was saved, with no worker until it continues. */
  function restoreRun(run: SessionRun | null, dataRevision: number): void {
    runId.value = null
    clearRun()
    if (run === null) return
    view.show(run)
    runConfig.value = run.config
    restored.value = { config: run.config, trainer: run.trainer, dataRevision }
  }

  /**
   * The run for a session: null before any run; a running run at the moment of a snapshot the
   * worker sends (saved paused, so that it continues exactly); any other run as it stands.
   */
  async function captureRun(): Promise<SessionRun | null> {
    await started
    const id = runId.value
    let at: RunCheckpoint | null = null
    if (status.value === 'running' && id !== null) {
      const next = view.checkpoints.next()
      const sent = await api.command(id, { kind: 'snapshot' }).catch(failure)
      at = sent.ok ? await next : null
      // Another run started meanwhile: take that one.
      if (runId.value !== id) return captureRun()
    }
    if (status.value === 'idle') return null
    at ??= view.currentCheckpoint()
    return sessionRunOf(
      at,
      runConfig.value ?? plainConfig(settings.config),
      history,
      history.logLines
    )
  }

  /** Show imported weights instead of the run's (until a run starts or the weights are reset). */
  function showImported(model: ImportedModel | null): void {
    imported.value = model
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

  async function resume(): Promise<void> {
    if (status.value !== 'paused') return
    const from = restored.value
    if (from !== null) await continueRestored(from.config, false)
    else await command({ kind: 'resume' })
  }

  /** Run `epochs` more epochs, then pause; before a run, start one paused first. */
  async function step(epochs: number): Promise<void> {
    if (!canStep.value) return
    const from = restored.value
    if (from !== null && status.value === 'paused') {
      if (!(await continueRestored(from.config, true))) return
    } else if (!isActive.value && !(await train({ startPaused: true }))) return
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

  async function stop(): Promise<void> {
    if (!isActive.value) return
    // A restored paused run has no worker: it stops where it is (Train may still continue it).
    if (runId.value === null && restored.value !== null) status.value = 'stopped'
    else await command({ kind: 'stop' })
  }

  /** Forget the run: back to the initial weights, an empty log and empty charts. */
  async function resetWeights(): Promise<void> {
    if (starting.value) return
    const id = runId.value
    const wasActive = isActive.value
    runId.value = null // from here on, frames of that run are ignored
    clearRun()
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
    ...view.state,
    runId,
    runMistakes,
    shownModel,
    trainedModel,
    standardization,
    requestError,
    starting,
    stepUnit,
    restored,
    imported,
    isActive,
    canTrain,
    canContinue,
    canResume,
    canPauseOrResume,
    canStep,
    trainBlocker,
    train,
    restoreRun,
    captureRun,
    showImported,
    pause,
    resume,
    step,
    stepOnce,
    epochsPerStep,
    stop,
    resetWeights,
    setSpeed,
    toggle,
    /** Apply the run's frames at the window's live pace (App.vue; see frameBatcher.ts). */
    paceFrames: (pacer: LivePacer | null) => batcher.pace(pacer)
  }
})
