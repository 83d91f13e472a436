// When a run restored from a session (a file, a backup) continues, rather than a fresh run
// starting: pure helpers of the training store.
//
// - Resume, Step and Space on a restored paused run continue it with its own settings, as they
//   would a paused run that never left the window.
// - Train on a restored run that ended (done or stopped) continues it when the epochs setting was
//   raised past the run's last epoch and every other training setting is the run's own: the run
//   goes on to the new last epoch, its history and log growing where they were, with the numbers
//   of a run that never stopped.
// - Either needs the data as it was saved: once the table was edited (or the run cannot be
//   continued: it diverged or failed), Train starts a fresh run, as it always did.
import type { TrainingConfig } from '@core/config'
import type { TrainerState } from '@core/trainerState'

/** A run that came from a session and has no worker yet. */
export interface RestoredRun {
  config: TrainingConfig
  trainer: TrainerState | null
  /** The data store's revision right after the session was applied. */
  dataRevision: number
}

/** Whether `restored` can continue on the data at `dataRevision`. */
export function canContinueRestored(restored: RestoredRun | null, dataRevision: number): boolean {
  return restored !== null && restored.trainer !== null && restored.dataRevision === dataRevision
}

/** Whether Train continues a restored run: only its epochs raised, everything else its own. */
export function trainContinues(settings: TrainingConfig, run: TrainingConfig): boolean {
  return settings.epochs > run.epochs && sameValue({ ...settings, epochs: run.epochs }, run)
}

/** Deep equality of plain JSON-like values (configs), whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameValue(recordA[key], recordB[key]))
}
