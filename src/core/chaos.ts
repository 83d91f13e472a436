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
// for a few epochs and then settles); in chaotic ones the gap grows about tenfold every 4 to 25
// epochs, and PyTorch's own gap to us with it (test/core/chaos.pytorch.test.ts shows both against
// the real PyTorch).
//
// The cost: a shadow epoch costs what the run's epoch costs, so the shadow runs only while it may
// find something. A run whose cost only falls is not chaotic (chaos swings the cost), so the
// shadow starts, forked from the run, at an epoch whose cost rose, and stops once the cost has
// not risen for CALM_EPOCHS epochs; a later rise starts a new one. With SGD a rise must be more
// than float32 resolves (SGD_RISE), so the last-bit jitter of a converged run starts nothing; with
// Adam every rise counts, since Adam's steps grow as the gradient shrinks and may outgrow the
// valley around the optimum late in a run (diabetes, Adam lr 0.1, near epoch 4,000). So the lab's
// run shadows its first 170 epochs, a long calm SGD run almost none of its own (nor does its slow
// float32 drift, where PyTorch's float32 weights stop taking updates below their last bit, pass
// for chaos), and Adam and mini-batch runs most of theirs. Data of more than
// CHAOS_SHADOW_MAX_CELLS feature cells is not watched at all (`watching` is false): there a
// shadow epoch costs milliseconds. After its first notice the detector stops.
import type { Dataset } from './dataset'
import type { EpochRecord, Trainer } from './trainer'

/** Data with more feature cells (rows x features) than this is not watched (see top). */
export const CHAOS_SHADOW_MAX_CELLS = 65_536

/** |cost - shadow's cost| above abs + rel |cost| makes a run chaotic (see top). */
export const CHAOS_TOLERANCE = { abs: 1e-5, rel: 1e-5 }

/** Epochs without a rise of the cost after which the shadow stops (see top). */
export const CALM_EPOCHS = 100

/**
 * With SGD a rise counts when the cost grows by more than this times max(1, cost): more than
 * float32 resolves, not the last-bit jitter of a run that has converged (SGD that is stable at
 * the start stays stable: the Hessian of the cost is largest where H(x) = 0.5). With Adam any
 * rise counts: its steps grow as the gradient shrinks, and its chaos starts from that jitter.
 */
export const SGD_RISE = 1e-7

/** A run found chaotic: from `epoch` on, its numbers and PyTorch's can no longer agree. */
export interface ChaosNotice {
  code: 'chaotic'
  /** The first epoch whose cost parted from the shadow's (see top). */
  epoch: number
}

/** Whether a run on this data is watched (its shadow is affordable). */
export function chaosWatchable(dataset: Pick<Dataset, 'rows' | 'cols'>): boolean {
  return dataset.rows * dataset.cols <= CHAOS_SHADOW_MAX_CELLS
}

export class ChaosDetector {
  private found: ChaosNotice | null = null
  private shadow: Trainer | null = null
  private shadowCost = Number.NaN
  private readonly onShadowEpoch = (record: EpochRecord): void => {
    this.shadowCost = record.cost
  }
  private previousCost = Number.NaN
  private lastRise = -1
  private watched: boolean
  private readonly rise: number

  /**
   * Watches `run` (a Trainer.start or Trainer.resume on `dataset`): give observe() every epoch
   * that run reports, from inside its onEpoch, in order.
   */
  constructor(
    private readonly run: Trainer,
    dataset: Pick<Dataset, 'rows' | 'cols'>
  ) {
    this.watched = chaosWatchable(dataset)
    this.rise = run.config.optimizer.kind === 'sgd' ? SGD_RISE : 0
  }

  /** Whether the detector may still give notice: the data is small enough, nothing found yet. */
  get watching(): boolean {
    return this.watched
  }

  /** Whether a shadow is running now (what the detector costs at the moment). */
  get shadowing(): boolean {
    return this.shadow !== null
  }

  /** The notice, once the run was found chaotic; null before (and always, unwatched). */
  get notice(): ChaosNotice | null {
    return this.found
  }

  /** Each epoch the run reports, in order. Returns the notice at its epoch (once), else null. */
  observe(record: EpochRecord): ChaosNotice | null {
    if (!this.watched) return null
    if (this.shadow !== null && this.parted(this.shadow, record)) {
      this.found = { code: 'chaotic', epoch: record.epoch }
      this.watched = false
      this.shadow = null
      return this.found
    }
    const rose = record.cost - this.previousCost > this.rise * Math.max(1, Math.abs(record.cost))
    this.previousCost = record.cost
    if (rose) this.lastRise = record.epoch
    if (this.shadow === null && rose && !this.run.finished) this.startShadow()
    else if (this.shadow !== null && record.epoch - this.lastRise >= CALM_EPOCHS) this.shadow = null
    return null
  }

  /** From the run as it is after this epoch: the shadow's first epoch is the run's next. */
  private startShadow(): void {
    this.shadow = this.run.fork({ float32Parameters: true })
  }

  /** Runs the shadow's epoch of `record` and applies the rule (see top). */
  private parted(shadow: Trainer, record: EpochRecord): boolean {
    if (record.epoch !== shadow.nextEpoch) {
      throw new RangeError(`observe epoch ${shadow.nextEpoch} next, got epoch ${record.epoch}`)
    }
    this.shadowCost = Number.NaN
    shadow.run(1, this.onShadowEpoch)
    // A shadow that stopped being finite where the run did not (NaN here) has parted from it.
    const gap = Math.abs(record.cost - this.shadowCost)
    return !(gap <= CHAOS_TOLERANCE.abs + CHAOS_TOLERANCE.rel * Math.abs(record.cost))
  }
}
