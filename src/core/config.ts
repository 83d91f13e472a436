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
  /** null: full batch (the lab). Otherwise rows per mini-batch, shuffled each epoch. */
  batchSize: number | null
}

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
