// The run's settings. `config` is always a valid TrainingConfig: a field's text lives in `drafts`
// (kept exactly as typed), and only a text that passes its rule reaches the config. A bad text
// leaves the config at its last valid value and puts the reason in `errors`.
import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import {
  DEFAULT_BATCH_SIZE,
  defaultAdam,
  defaultSgd,
  labConfig,
  type AdamConfig,
  type InitKind,
  type SgdConfig,
  type TrainingConfig
} from '@core/config'
import { activeMistakes, withMistake, type MistakeId } from '@core/mistakes'
import type { Speed } from '@shared/contract'
import type { SessionSettings } from '@shared/session'
import { minimumLogEvery, parseField, type FieldError, type NumericField } from './settingsRules'

export type BatchMode = 'full' | 'mini'
export type OptimizerKind = 'sgd' | 'adam'

export const paceOptions = [60, 30, 10, 5, 2] as const

/**
 * A plain copy of a config (its nested objects too): reactive proxies cannot be structured-cloned
 * to a worker, over IPC or into a session.
 */
export function plainConfig(config: TrainingConfig): TrainingConfig {
  const copy: TrainingConfig = { ...config, optimizer: { ...config.optimizer } }
  if (config.mistakes !== undefined) copy.mistakes = { ...config.mistakes }
  return copy
}

const optimizerFields: Record<OptimizerKind, NumericField[]> = {
  sgd: ['lr', 'momentum', 'weightDecay'],
  adam: ['lr', 'beta1', 'beta2', 'eps', 'weightDecay']
}

export const useSettingsStore = defineStore('settings', () => {
  const config = ref<TrainingConfig>(structuredClone(labConfig))
  const speed = ref<Speed>({ mode: 'max' })
  const batchMode = ref<BatchMode>('full')
  const batchSize = ref(DEFAULT_BATCH_SIZE)
  // Each optimizer keeps its own values, so switching SGD -> Adam -> SGD loses nothing.
  const sgd = ref<SgdConfig>({ ...defaultSgd })
  const adam = ref<AdamConfig>({ ...defaultAdam })

  const drafts = reactive<Record<NumericField, string>>(draftsFrom())
  const errors = reactive<Partial<Record<NumericField, FieldError>>>({})
  const hasErrors = computed(() => Object.keys(errors).length > 0)
  const optimizerKind = computed<OptimizerKind>(() => config.value.optimizer.kind)
  /** The deliberate mistakes switched on (src/core/mistakes.ts), in MISTAKE_IDS order. */
  const mistakes = computed<MistakeId[]>(() => activeMistakes(config.value))

  function draftsFrom(): Record<NumericField, string> {
    const c = config.value
    return {
      lr: String(c.optimizer.lr),
      epochs: String(c.epochs),
      logEvery: String(c.logEvery),
      threshold: String(c.threshold),
      weightDecay: String(c.optimizer.weightDecay),
      momentum: String(sgd.value.momentum),
      beta1: String(adam.value.beta1),
      beta2: String(adam.value.beta2),
      eps: String(adam.value.eps),
      seed: String(c.seed),
      batchSize: String(batchSize.value)
    }
  }

  /** The user typed `text` into `field`: keep the text; apply it when it is valid. */
  function setNumber(field: NumericField, text: string): void {
    drafts[field] = text
    validate(field)
  }

  function validate(field: NumericField): void {
    const parsed = parseField(field, drafts[field])
    let error = parsed.ok ? null : parsed.error
    if (parsed.ok && field === 'momentum' && parsed.value === 0 && sgd.value.nesterov) {
      error = { code: 'needsMomentum' } // PyTorch refuses Nesterov without momentum
    }
    if (parsed.ok && field === 'logEvery') {
      const least = minimumLogEvery(config.value.epochs)
      if (parsed.value < least) error = { code: 'tooManyLogLines', limit: least }
    }
    if (error) {
      errors[field] = error
      return
    }
    delete errors[field]
    if (parsed.ok) apply(field, parsed.value)
    // The number of log lines depends on both: more epochs may need a larger "log every".
    if (field === 'epochs') validate('logEvery')
  }

  function apply(field: NumericField, value: number): void {
    const c = config.value
    switch (field) {
      case 'epochs':
      case 'logEvery':
      case 'threshold':
      case 'seed':
        config.value = { ...c, [field]: value }
        return
      case 'batchSize':
        batchSize.value = value
        if (batchMode.value === 'mini') config.value = { ...c, batchSize: value }
        return
      case 'lr':
        if (c.optimizer.kind === 'sgd') updateSgd({ lr: value })
        else updateAdam({ lr: value })
        return
      case 'weightDecay':
        // One L2 setting for both optimizers: it is a property of the model, not of the method.
        updateSgd({ weightDecay: value })
        updateAdam({ weightDecay: value })
        return
      case 'momentum':
        updateSgd({ momentum: value })
        return
      case 'beta1':
      case 'beta2':
      case 'eps':
        updateAdam({ [field]: value })
    }
  }

  function updateSgd(change: Partial<Omit<SgdConfig, 'kind'>>): void {
    sgd.value = { ...sgd.value, ...change }
    if (config.value.optimizer.kind === 'sgd')
      config.value = { ...config.value, optimizer: sgd.value }
  }

  function updateAdam(change: Partial<Omit<AdamConfig, 'kind'>>): void {
    adam.value = { ...adam.value, ...change }
    if (config.value.optimizer.kind === 'adam') {
      config.value = { ...config.value, optimizer: adam.value }
    }
  }

  function setOptimizer(kind: OptimizerKind): void {
    if (kind === optimizerKind.value) return
    config.value = { ...config.value, optimizer: kind === 'sgd' ? sgd.value : adam.value }
    // The learning rate shown is the chosen optimizer's own.
    drafts.lr = String(config.value.optimizer.lr)
    delete errors.lr
    // A field of the other optimizer no longer matters; its error would block Train for nothing.
    for (const field of optimizerFields[kind === 'sgd' ? 'adam' : 'sgd']) {
      if (!optimizerFields[kind].includes(field)) {
        delete errors[field]
        drafts[field] = draftsFrom()[field]
      }
    }
  }

  function setNesterov(on: boolean): void {
    updateSgd({ nesterov: on })
    validate('momentum')
  }

  function setInit(init: InitKind): void {
    config.value = { ...config.value, init }
  }

  function setBatchMode(mode: BatchMode): void {
    batchMode.value = mode
    if (mode === 'full') {
      delete errors.batchSize
      drafts.batchSize = String(batchSize.value)
    }
    config.value = { ...config.value, batchSize: mode === 'full' ? null : batchSize.value }
  }

  /**
   * Switches a deliberate mistake on or off. The loop's mistakes live in config.mistakes; the
   * learning rate far too large is the optimizer's own rate, so its field shows the preset.
   */
  function setMistake(id: MistakeId, on: boolean): void {
    const next = withMistake(config.value, id, on)
    if (id !== 'lrTooLarge') {
      config.value = next
      return
    }
    setNumber('lr', String(next.optimizer.lr))
  }

  /** The data panel's switch; off drops the field, so the config is the lab's (and continues). */
  function setStandardize(on: boolean): void {
    const { standardize: _, ...rest } = config.value
    config.value = on ? { ...rest, standardize: true } : rest
  }

  function setSpeed(next: Speed): void {
    speed.value = next
  }

  /** Every setting as a session keeps it (plain copies; the step unit is the training store's). */
  function sessionSettings(): Omit<SessionSettings, 'stepUnit'> {
    const chosen = config.value.optimizer.kind
    return {
      config: plainConfig(config.value),
      speed: { ...speed.value },
      otherOptimizer: chosen === 'sgd' ? { ...adam.value } : { ...sgd.value },
      batchSize: batchSize.value
    }
  }

  /** The settings a session kept, every field's text with them; no field in error. */
  function applySession(saved: Omit<SessionSettings, 'stepUnit'>): void {
    const optimizers = [saved.config.optimizer, saved.otherOptimizer]
    for (const optimizer of optimizers) {
      if (optimizer.kind === 'sgd') sgd.value = { ...optimizer }
      else adam.value = { ...optimizer }
    }
    const chosen = saved.config.optimizer.kind === 'sgd' ? sgd.value : adam.value
    config.value = { ...saved.config, optimizer: chosen }
    speed.value = { ...saved.speed }
    batchMode.value = saved.config.batchSize === null ? 'full' : 'mini'
    batchSize.value = saved.batchSize
    for (const field of Object.keys(errors) as NumericField[]) delete errors[field]
    Object.assign(drafts, draftsFrom())
  }

  /** Back to the lab's settings (zeros, SGD lr 1, 1000 epochs, log every 100, full batch). */
  function resetToLab(): void {
    config.value = structuredClone(labConfig)
    sgd.value = { ...defaultSgd }
    adam.value = { ...defaultAdam }
    batchMode.value = 'full'
    batchSize.value = DEFAULT_BATCH_SIZE
    for (const field of Object.keys(errors) as NumericField[]) delete errors[field]
    Object.assign(drafts, draftsFrom())
  }

  return {
    config,
    speed,
    batchMode,
    drafts,
    errors,
    hasErrors,
    optimizerKind,
    mistakes,
    setNumber,
    setMistake,
    setStandardize,
    setOptimizer,
    setNesterov,
    setInit,
    setBatchMode,
    setSpeed,
    resetToLab,
    sessionSettings,
    applySession
  }
})
