// The stateful trainer: the lab's loop, any number of epochs at a time, resumable bit for bit.
// Each epoch, as in the lab: forward with the current weights, cost and accuracy of that forward,
// gradients, step. The cost logged for epoch k is therefore the cost *before* the k-th step, and
// epochs run 0..N inclusive, like `for epoch in range(nb_epochs + 1)`.
import { mistakesOf, validateTrainingConfig, type LossKind, type TrainingConfig } from './config'
import type { Dataset } from './dataset'
import { initialParameters } from './init'
import {
  SUM_CORRECT,
  SUM_GRAD,
  SUM_LOSS,
  accumulate,
  probabilities,
  sumsLength,
  type Rows
} from './kernel'
import { allFinite32, roundToFloat32 } from './float32'
import { accumulateMistaken } from './mistakenLoss'
import type { Parameters } from './model'
import { createOptimizer, type Optimizer } from './optim'
import { MersenneTwister } from './rng'
import { checkTrainerState, restoreAccumulatedGrad, type TrainerState } from './trainerState'

export type { TrainerState } from './trainerState'

export interface EpochRecord {
  epoch: number
  /** Mean cost of the epoch's forward pass(es): binary cross-entropy, unless a mistake's. */
  cost: number
  /** Fraction of rows predicted right by that forward pass. */
  accuracy: number
}

/** Where a run stopped being finite: PyTorch (float32) would have overflowed or produced NaN. */
export interface Divergence {
  epoch: number
  quantity: 'cost' | 'gradients' | 'weights'
}

export interface Evaluation {
  cost: number
  accuracy: number
  probabilities: Float64Array
  predictions: Uint8Array
}

/** Computes the full-batch sums (see kernel.ts); a parallel implementation may replace it. */
export interface BatchAccumulator {
  accumulate(params: Parameters, threshold: number, sums: Float64Array): void
}

export interface TrainerOptions {
  /** Ignored by a run with a mistaken cost (src/core/mistakes.ts), which has its own pass. */
  accumulator?: BatchAccumulator
  /**
   * Round the parameters to float32 after every step, as PyTorch stores them. Not the app's run
   * (whose parameters stay float64, see kernel.ts) but its shadow: the same run under another,
   * equally correct rounding, which the chaos detector (chaos.ts) compares the run with.
   */
  float32Parameters?: boolean
}

/** Whether a run of `config` on `rows` rows trains in mini-batches (else full batch). */
export function usesMiniBatches(config: TrainingConfig, rows: number): boolean {
  return config.batchSize !== null && config.batchSize < rows
}

export class Trainer {
  private readonly rows: Rows
  private readonly n: number
  private readonly d: number
  private readonly params: Parameters
  private readonly previous: Parameters
  private readonly optimizer: Optimizer
  private readonly rng: MersenneTwister
  private readonly sums: Float64Array
  private readonly grad: Float64Array
  /** The row order of the current epoch's mini-batches; null for full batch. */
  private readonly order: Uint32Array | null
  private readonly accumulator: BatchAccumulator
  private readonly float32Parameters: boolean
  private readonly loss: LossKind
  /** With the forgotten zero_grad mistake: the sum of every gradient so far, PyTorch's .grad. */
  private readonly accumulatedGrad: Float64Array | null
  private epoch: number
  private divergence: Divergence | null = null

  private constructor(
    private readonly dataset: Dataset,
    readonly config: TrainingConfig,
    state: TrainerState | null,
    options: TrainerOptions
  ) {
    this.n = dataset.rows
    this.d = dataset.cols
    this.rows = { x: dataset.x, y: dataset.y, d: dataset.cols }
    const size = this.d + 1
    const problem = validateTrainingConfig(config)[0]
    if (problem) throw new RangeError(`config.${problem.field} ${problem.message}`)
    if (state) {
      checkTrainerState(state, this.d)
      this.rng = MersenneTwister.restore(state.rng)
      this.params = Float64Array.from(state.params)
      this.epoch = state.epoch
    } else {
      this.rng = new MersenneTwister(config.seed)
      const initial = initialParameters(config.init, this.d, this.rng)
      this.params = new Float64Array(size)
      this.params.set(initial.weights)
      this.params[this.d] = initial.bias
      this.epoch = 0
    }
    const mistakes = mistakesOf(config)
    this.loss = mistakes.loss
    this.accumulatedGrad = restoreAccumulatedGrad(state, mistakes.forgetZeroGrad, size)
    this.optimizer = createOptimizer(config.optimizer, size, state?.optimizer ?? null)
    this.previous = new Float64Array(size)
    this.sums = new Float64Array(sumsLength(this.d))
    this.grad = new Float64Array(size)
    this.order = usesMiniBatches(config, this.n) ? new Uint32Array(this.n) : null
    this.float32Parameters = options.float32Parameters === true
    const own: BatchAccumulator = {
      accumulate: (params, threshold, sums) => this.sweep(params, threshold, null, 0, this.n, sums)
    }
    this.accumulator = (this.loss === 'bce' && options.accumulator) || own
  }

  /** Adds the sums of rows order[start..end) for the current parameters: the run's cost. */
  private sweep(
    params: Parameters,
    threshold: number,
    order: Uint32Array | null,
    start: number,
    end: number,
    sums: Float64Array
  ): void {
    if (this.loss === 'bce') accumulate(this.rows, params, threshold, order, start, end, sums)
    else accumulateMistaken(this.loss, this.rows, params, threshold, order, start, end, sums)
  }

  static start(dataset: Dataset, config: TrainingConfig, options: TrainerOptions = {}): Trainer {
    return new Trainer(dataset, config, null, options)
  }

  static resume(
    dataset: Dataset,
    config: TrainingConfig,
    state: TrainerState,
    options: TrainerOptions = {}
  ): Trainer {
    return new Trainer(dataset, config, state, options)
  }

  /** The next epoch to run (0 before the first). */
  get nextEpoch(): number {
    return this.epoch
  }

  get finished(): boolean {
    return this.epoch > this.config.epochs || this.divergence !== null
  }

  get diverged(): Divergence | null {
    return this.divergence
  }

  /**
   * Runs up to `count` epochs (never past N), calling `onEpoch` for each. Stops early at the
   * first epoch whose cost, gradients or updated weights are not finite (see `diverged`); an
   * epoch whose step overflowed the weights is still reported, its forward pass being finite.
   * Returns how many epochs ran.
   */
  run(count: number, onEpoch: (record: EpochRecord) => void): number {
    let ran = 0
    while (ran < count && !this.finished) {
      const record = this.order === null ? this.fullBatchEpoch() : this.miniBatchEpoch()
      if (record === null) break
      // Counted before it is reported, so that inside onEpoch the trainer is the run after that
      // epoch (its snapshot and a fork continue exactly from there).
      this.epoch++
      ran++
      onEpoch(record)
    }
    return ran
  }

  private fullBatchEpoch(): EpochRecord | null {
    const { sums, n } = this
    sums.fill(0)
    this.accumulator.accumulate(this.params, this.config.threshold, sums)
    const record = { epoch: this.epoch, cost: sums[SUM_LOSS] / n, accuracy: sums[SUM_CORRECT] / n }
    if (this.applyStep(n)) return record
    // A step that overflows the weights followed a finite forward pass, whose cost PyTorch prints:
    // keep that epoch's record, and end there.
    return this.divergence?.quantity === 'weights' ? record : null
  }

  private miniBatchEpoch(): EpochRecord | null {
    const { sums, n, order } = this
    const batchSize = this.config.batchSize as number
    this.shuffle(order as Uint32Array)
    let loss = 0
    let correct = 0
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n)
      sums.fill(0)
      this.sweep(this.params, this.config.threshold, order, start, end, sums)
      loss += sums[SUM_LOSS]
      correct += sums[SUM_CORRECT]
      if (!this.applyStep(end - start)) return null
    }
    return { epoch: this.epoch, cost: loss / n, accuracy: correct / n }
  }

  /** Mean gradient from the sums, then one optimizer step; false (and no step) if not finite. */
  private applyStep(batchRows: number): boolean {
    const { sums, grad, params, previous } = this
    if (!allFinite32(sums, SUM_LOSS, SUM_LOSS + 1)) return this.diverge('cost')
    // dJ/dw_j = mean(dL/dz * x_j), dJ/db = mean(dL/dz)
    for (let i = 0; i < grad.length; i++) grad[i] = sums[SUM_GRAD + i] / batchRows
    const accumulated = this.accumulatedGrad
    if (accumulated !== null) {
      // without zero_grad, backward() adds this gradient to .grad, and the step uses the sum
      for (let i = 0; i < grad.length; i++) accumulated[i] += grad[i]
      grad.set(accumulated) // a copy: the optimizer may overwrite grad
    }
    if (!allFinite32(grad)) return this.diverge('gradients')
    previous.set(params)
    this.optimizer.step(params, grad)
    if (this.float32Parameters) roundToFloat32(params)
    if (!allFinite32(params)) {
      params.set(previous)
      return this.diverge('weights')
    }
    return true
  }

  private diverge(quantity: Divergence['quantity']): false {
    this.divergence = { epoch: this.epoch, quantity }
    return false
  }

  /**
   * A fresh permutation of 0..n-1 each epoch, torch.randperm(n)'s, from the run's generator (after
   * the torch init's draws, as in PyTorch), so a seed fixes the batches and PyTorch code that
   * calls torch.randperm(n) each epoch trains on the same batches (src/core/codegen).
   */
  private shuffle(order: Uint32Array): void {
    this.rng.randperm(order)
  }

  /**
   * A new trainer continuing this run exactly from here (the next epoch, the same generator,
   * optimizer state and parameters), with other options: the chaos detector's shadow. Callable
   * inside run()'s onEpoch.
   */
  fork(options: TrainerOptions = {}): Trainer {
    return new Trainer(this.dataset, this.config, this.snapshot(), options)
  }

  snapshot(): TrainerState {
    return {
      version: 1,
      epoch: this.epoch,
      params: Array.from(this.params),
      optimizer: this.optimizer.snapshot(),
      rng: this.rng.snapshot(),
      ...(this.accumulatedGrad ? { accumulatedGrad: Array.from(this.accumulatedGrad) } : {})
    }
  }

  get weights(): number[] {
    return Array.from(this.params.subarray(0, this.d))
  }

  get bias(): number {
    return this.params[this.d]
  }

  /** H(x) per row with the current weights into `out` (length n). */
  probabilitiesInto(out: Float64Array): void {
    probabilities(this.rows, this.params, 0, this.n, out)
  }

  /** The lab's evaluation cell: forward with the current weights, predictions and accuracy. */
  evaluate(threshold = this.config.threshold): Evaluation {
    const probs = new Float64Array(this.n)
    this.probabilitiesInto(probs)
    const predictions = new Uint8Array(this.n)
    const sums = new Float64Array(sumsLength(this.d))
    this.sweep(this.params, threshold, null, 0, this.n, sums)
    // Accuracy from the predictions shown, so the two always agree.
    let correct = 0
    for (let i = 0; i < this.n; i++) {
      predictions[i] = probs[i] >= threshold ? 1 : 0
      if (predictions[i] === this.rows.y[i]) correct++
    }
    return {
      cost: sums[SUM_LOSS] / this.n,
      accuracy: correct / this.n,
      probabilities: probs,
      predictions
    }
  }
}
