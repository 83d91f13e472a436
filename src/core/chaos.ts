// Chaotic runs: where Logit Lab's numbers and PyTorch's cannot agree, and why (issue 11 §4).
//
// A learning rate too large for the data makes the cost swing instead of settle, and such a run
// amplifies every rounding difference, epoch after epoch, until two correct programs print
// different numbers (toy data with row 3's x1 set to 7, zeros, SGD lr 1: Logit Lab prints
// 1.986679 at epoch 50, PyTorch 1.13 1.361793 here and 2.104670 on another machine, and PyTorch
// in float64 1.986679). Logit Lab keeps its parameters in float64, PyTorch in float32: the two
// are the same computation under two roundings.
//
// The rule: the detector trains a shadow of the run, the same run with its parameters rounded to
// float32 after every step as PyTorch stores them (TrainerOptions.float32Parameters), and calls
// the run chaotic at the first epoch whose cost differs from the shadow's by more than the
// tolerance within which the tests call PyTorch's numbers the same, 1e-5 + 1e-5 |cost| (README,
// "How close is 'the same'?"). In calm runs the two stay within a few 1e-6 of each other and of
// PyTorch (the lab's toy and diabetes runs, Adam lr 0.1, SGD lr 2 on the toy data whose cost rises
// for a few epochs and then settles); in chaotic ones the gap grows about tenfold every ten
// epochs, and PyTorch's own gap to us grows with it (test/core/chaos.test.ts shows both against
// the real PyTorch). A run may also become chaotic late, where Adam's steps outgrow the valley
// around the optimum (diabetes, Adam lr 0.1, near epoch 4,000): the shadow runs all along.
//
// The cost: the shadow doubles the work of an epoch, so it runs only on data of at most
// CHAOS_SHADOW_MAX_CELLS feature cells (the diabetes set has 6,072); on larger data the detector
// does not watch (`watching` is false) and never gives notice. After its first notice it stops.
import type { TrainingConfig } from './config'
import type { Dataset } from './dataset'
import { Trainer, type EpochRecord } from './trainer'
import type { TrainerState } from './trainerState'

/** Data with more feature cells (rows x features) than this is not watched (see top). */
export const CHAOS_SHADOW_MAX_CELLS = 65_536

/** |cost - shadow's cost| above abs + rel |cost| makes a run chaotic (see top). */
export const CHAOS_TOLERANCE = { abs: 1e-5, rel: 1e-5 }

/** A run found chaotic: from `epoch` on its numbers and PyTorch's can no longer agree. */
export interface ChaosNotice {
  code: 'chaotic'
  /** The first epoch whose cost differed from the shadow's beyond the tolerance. */
  epoch: number
}

/** Whether a run on this data is watched (its shadow is affordable). */
export function chaosWatchable(dataset: Pick<Dataset, 'rows' | 'cols'>): boolean {
  return dataset.rows * dataset.cols <= CHAOS_SHADOW_MAX_CELLS
}

export class ChaosDetector {
  private found: ChaosNotice | null = null
  private shadowCost = Number.NaN
  private readonly onShadowEpoch = (record: EpochRecord): void => {
    this.shadowCost = record.cost
  }

  private constructor(private shadow: Trainer | null) {}

  /** For a run that starts now (Trainer.start with the same dataset and config). */
  static start(dataset: Dataset, config: TrainingConfig): ChaosDetector {
    const watch = chaosWatchable(dataset)
    return new ChaosDetector(
      watch ? Trainer.start(dataset, config, { float32Parameters: true }) : null
    )
  }

  /** For a run continued from a saved state (Trainer.resume with the same arguments). */
  static resume(dataset: Dataset, config: TrainingConfig, state: TrainerState): ChaosDetector {
    const watch = chaosWatchable(dataset)
    return new ChaosDetector(
      watch ? Trainer.resume(dataset, config, state, { float32Parameters: true }) : null
    )
  }

  /** Whether the detector is still watching: the data is small enough and nothing was found. */
  get watching(): boolean {
    return this.shadow !== null
  }

  /** The notice, once the run was found chaotic; null before (and always, unwatched). */
  get notice(): ChaosNotice | null {
    return this.found
  }

  /**
   * Each epoch of the run, in order, as its trainer reports it. Returns the notice at the epoch
   * the run is found chaotic (once), else null.
   */
  observe(record: EpochRecord): ChaosNotice | null {
    const shadow = this.shadow
    if (shadow === null) return null
    if (record.epoch !== shadow.nextEpoch) {
      throw new RangeError(`observe epoch ${shadow.nextEpoch} next, got epoch ${record.epoch}`)
    }
    this.shadowCost = Number.NaN
    shadow.run(1, this.onShadowEpoch)
    // A shadow that stopped being finite where the run did not (NaN here) has parted from it.
    const gap = Math.abs(record.cost - this.shadowCost)
    if (!(gap <= CHAOS_TOLERANCE.abs + CHAOS_TOLERANCE.rel * Math.abs(record.cost))) {
      this.found = { code: 'chaotic', epoch: record.epoch }
      this.shadow = null
      return this.found
    }
    return null
  }
}
