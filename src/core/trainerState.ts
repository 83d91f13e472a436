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
  /**
   * A run that forgets optimizer.zero_grad() (a deliberate mistake, src/core/mistakes.ts): the
   * sum of its gradients so far, which its next step adds to. Absent for every other run.
   */
  accumulatedGrad?: number[]
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
  const grad = state.accumulatedGrad
  if (grad !== undefined) {
    if (grad.length !== features + 1) {
      throw new RangeError(
        `a saved gradient has ${grad.length} values, the parameters ${features + 1}`
      )
    }
    if (!grad.every((g) => typeof g === 'number' && Number.isFinite(g))) {
      throw new RangeError('a saved gradient holds a value that is not a finite number')
    }
  }
}

/**
 * The accumulated gradient a run that forgets zero_grad starts from: zeros for a new run, the
 * saved one for a resumed run (already checked by checkTrainerState); null for other runs. A
 * state that does not match the config (a gradient without the mistake, or a run past its first
 * epoch without one) cannot continue it exactly.
 */
export function restoreAccumulatedGrad(
  state: TrainerState | null,
  forgetZeroGrad: boolean,
  size: number
): Float64Array | null {
  const saved = state?.accumulatedGrad
  if (!forgetZeroGrad) {
    if (saved !== undefined) {
      throw new RangeError('a saved accumulated gradient belongs to a run that forgets zero_grad')
    }
    return null
  }
  if (saved !== undefined) return Float64Array.from(saved)
  if (state !== null && state.epoch > 0) {
    throw new RangeError('a saved run that forgets zero_grad needs its accumulated gradient')
  }
  return new Float64Array(size)
}
