// A run's saved state: plain data that goes through JSON (sessions, pause/resume between
// processes) and comes back untrusted, so it is checked before a trainer continues from it.
import type { OptimizerState } from './optim'
import type { RngState } from './rng'

/** Everything needed to continue a run exactly: plain data, safe to save as JSON. */
export interface TrainerState {
  version: 1
  /** The next epoch to run. */
  epoch: number
  /** The d weights, then the bias. */
  params: number[]
  optimizer: OptimizerState
  rng: RngState
}

/**
 * Throws a RangeError naming what is wrong when `state` cannot continue a run on d features.
 * (The optimizer's and generator's own parts are checked where they are restored.)
 */
export function checkTrainerState(state: TrainerState, features: number): void {
  if (state.version !== 1) throw new RangeError(`unknown trainer state version ${state.version}`)
  if (!Number.isSafeInteger(state.epoch) || state.epoch < 0) {
    throw new RangeError(`a saved epoch must be a whole number >= 0, got ${state.epoch}`)
  }
  if (state.params.length !== features + 1) {
    throw new RangeError(
      `saved parameters have ${state.params.length - 1} weights, the data ${features}`
    )
  }
  if (!state.params.every((p) => typeof p === 'number' && Number.isFinite(p))) {
    throw new RangeError('saved parameters hold a value that is not a finite number')
  }
}
