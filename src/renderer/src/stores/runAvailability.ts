// What the run controls may do now (Train, Pause/Resume, Step), and why Train is disabled when it
// is: derived from the run's state, the table and the settings. Part of the training store.
import { computed, type Ref } from 'vue'
import { canContinueRestored, type RestoredRun } from './runContinuation'
import type { TrainingStatus } from './runView'

/** Why Train is disabled, when it is. */
export type TrainBlocker = 'data' | 'settings' | 'active' | null

export interface RunAvailabilityInputs {
  starting: Ref<boolean>
  status: Ref<TrainingStatus>
  restored: Ref<RestoredRun | null>
  /** isTrainable is cheap; reading the table's `dataset` would copy it on every edit. */
  data: { readonly isTrainable: boolean; readonly revision: number }
  settings: { readonly hasErrors: boolean }
}

export function createRunAvailability({
  starting,
  status,
  restored,
  data,
  settings
}: RunAvailabilityInputs) {
  const isActive = computed(
    () => starting.value || status.value === 'running' || status.value === 'paused'
  )
  const trainBlocker = computed<TrainBlocker>(() => {
    if (isActive.value) return 'active'
    if (!data.isTrainable) return 'data'
    return settings.hasErrors ? 'settings' : null
  })
  const canTrain = computed(() => trainBlocker.value === null)
  /** A restored run can go on: it has its trainer state, and the data is as it was saved. */
  const canContinue = computed(() => canContinueRestored(restored.value, data.revision))
  /** A paused run that can go on: one with a worker, or a restored one that can continue. */
  const canResume = computed(
    () => status.value === 'paused' && (restored.value === null || canContinue.value)
  )
  const canPauseOrResume = computed(() => status.value === 'running' || canResume.value)
  /** Step works on a paused run, or starts one paused; a running run is paused first by Space. */
  const canStep = computed(() => !starting.value && (canResume.value || canTrain.value))
  return { isActive, trainBlocker, canTrain, canContinue, canResume, canPauseOrResume, canStep }
}
