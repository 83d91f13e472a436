// What a training run is asked to do. Defaults are the lab's (PyTorch Lab-05): zeros, SGD lr 1,
// 1000 epochs, a log line every 100, threshold 0.5, full batch.

export type InitKind = 'zeros' | 'torch'

/** torch.optim.SGD, with PyTorch's defaults. */
export interface SgdConfig {
  kind: 'sgd'
  lr: number
  momentum: number
  dampening: number
  nesterov: boolean
  weightDecay: number
}

/** torch.optim.Adam, with PyTorch's defaults. */
export interface AdamConfig {
  kind: 'adam'
  lr: number
  beta1: number
  beta2: number
  eps: number
  weightDecay: number
}

export type OptimizerConfig = SgdConfig | AdamConfig

/**
 * The cost the loop computes: 'bce', the lab's F.binary_cross_entropy (each log clamped at -100);
 * or a deliberate mistake (issue 12 §4, src/core/mistakes.ts): 'mse', F.mse_loss on H(x), or
 * 'unclampedLog', the cross-entropy written out by hand with torch.log, which has no clamp.
 */
export type LossKind = 'bce' | 'mse' | 'unclampedLog'

export const LOSS_KINDS: readonly LossKind[] = ['bce', 'mse', 'unclampedLog']

/** The lab's loop with lines deliberately wrong, to show what goes wrong (PyTorch's numbers). */
export interface TrainingMistakes {
  /** No optimizer.zero_grad(): every backward() adds to the gradients, each step uses the sum. */
  forgetZeroGrad: boolean
  loss: LossKind
}

export const NO_MISTAKES: TrainingMistakes = { forgetZeroGrad: false, loss: 'bce' }

export interface TrainingConfig {
  /** N: the loop runs epochs 0..N inclusive, like `range(nb_epochs + 1)`. */
  epochs: number
  /** A log line for every epoch divisible by this. */
  logEvery: number
  init: InitKind
  /** torch.manual_seed(seed): used by the torch init and the mini-batch shuffle. */
  seed: number
  optimizer: OptimizerConfig
  /** Predict 1 when H(x) >= threshold, as the lab does with 0.5. */
  threshold: number
  /** null: full batch (the lab). Else rows per mini-batch, in torch.randperm(n) order per epoch. */
  batchSize: number | null
  /** Deliberate mistakes; absent: none (the lab's loop). */
  mistakes?: TrainingMistakes
  /**
   * Train on standardized features, x' = (x - μ) / σ per column (src/core/standardize.ts);
   * absent or false: the data as given (the lab). The trainer's callers standardize the data.
   */
  standardize?: boolean
}

/** A batch size that shows the effect of mini-batches on the lab's six rows. */
export const DEFAULT_BATCH_SIZE = 2

export const defaultSgd: SgdConfig = {
  kind: 'sgd',
  lr: 1,
  momentum: 0,
  dampening: 0,
  nesterov: false,
  weightDecay: 0
}

export const defaultAdam: AdamConfig = {
  kind: 'adam',
  lr: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  weightDecay: 0
}

export const labConfig: TrainingConfig = {
  epochs: 1000,
  logEvery: 100,
  init: 'zeros',
  seed: 1,
  optimizer: defaultSgd,
  threshold: 0.5,
  batchSize: null
}

/** A config value PyTorch (or the loop) would refuse, named by its path, e.g. 'optimizer.lr'. */
export interface ConfigIssue {
  field: string
  message: string
}

const isCount = (value: unknown, min: number): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min

/** Finite and at least `min` (PyTorch: "Invalid learning rate", "Invalid momentum value", ...). */
const isAtLeast = (value: unknown, min: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= min

function optimizerIssues(optimizer: OptimizerConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const check = (ok: boolean, field: string, message: string): void => {
    if (!ok) issues.push({ field: `optimizer.${field}`, message })
  }
  check(isAtLeast(optimizer.lr, 0), 'lr', 'must be a finite number >= 0')
  check(isAtLeast(optimizer.weightDecay, 0), 'weightDecay', 'must be a finite number >= 0')
  if (optimizer.kind === 'sgd') {
    check(isAtLeast(optimizer.momentum, 0), 'momentum', 'must be a finite number >= 0')
    check(Number.isFinite(optimizer.dampening), 'dampening', 'must be a finite number')
    check(typeof optimizer.nesterov === 'boolean', 'nesterov', 'must be true or false')
    // torch.optim.SGD: "Nesterov momentum requires a momentum and zero dampening"
    check(
      !optimizer.nesterov || (optimizer.momentum > 0 && optimizer.dampening === 0),
      'nesterov',
      'needs a momentum > 0 and a dampening of 0'
    )
  } else if (optimizer.kind === 'adam') {
    const isBeta = (beta: number): boolean => isAtLeast(beta, 0) && beta < 1
    check(isBeta(optimizer.beta1), 'beta1', 'must be in [0, 1)')
    check(isBeta(optimizer.beta2), 'beta2', 'must be in [0, 1)')
    check(isAtLeast(optimizer.eps, 0), 'eps', 'must be a finite number >= 0')
  } else {
    issues.push({ field: 'optimizer.kind', message: "must be 'sgd' or 'adam'" })
  }
  return issues
}

/** Every problem with a config, empty when the trainer can run it. */
export function validateTrainingConfig(config: TrainingConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const check = (ok: boolean, field: string, message: string): void => {
    if (!ok) issues.push({ field, message })
  }
  check(isCount(config.epochs, 0), 'epochs', 'must be a whole number >= 0')
  check(isCount(config.logEvery, 1), 'logEvery', 'must be a whole number >= 1')
  check(config.init === 'zeros' || config.init === 'torch', 'init', "must be 'zeros' or 'torch'")
  check(isCount(config.seed, 0), 'seed', 'must be a whole number >= 0')
  check(
    isAtLeast(config.threshold, 0) && config.threshold <= 1,
    'threshold',
    'must be a number in [0, 1]'
  )
  check(
    config.batchSize === null || isCount(config.batchSize, 1),
    'batchSize',
    'must be null (full batch) or a whole number >= 1'
  )
  const mistakes = config.mistakes
  if (mistakes !== undefined) {
    check(
      typeof mistakes.forgetZeroGrad === 'boolean',
      'mistakes.forgetZeroGrad',
      'must be true or false'
    )
    check(
      LOSS_KINDS.includes(mistakes.loss),
      'mistakes.loss',
      "must be 'bce', 'mse' or 'unclampedLog'"
    )
  }
  check(
    config.standardize === undefined || typeof config.standardize === 'boolean',
    'standardize',
    'must be true or false'
  )
  return issues.concat(optimizerIssues(config.optimizer))
}

/** The run's mistakes, none when the config has no `mistakes`. */
export function mistakesOf(config: TrainingConfig): TrainingMistakes {
  return config.mistakes ?? NO_MISTAKES
}
