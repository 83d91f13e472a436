// torch.optim.SGD and torch.optim.Adam (PyTorch 1.13 semantics), on one parameter vector.
// Every update is element-wise, so treating [w..., b] as one vector changes nothing.
import type { AdamConfig, OptimizerConfig, SgdConfig } from './config'
import type { Parameters } from './model'

/** Plain data so a run can be saved and resumed exactly. */
export type OptimizerState =
  | { kind: 'sgd'; momentumBuffer: number[] | null }
  | { kind: 'adam'; step: number; expAvg: number[]; expAvgSq: number[] }

export interface Optimizer {
  /** One update of `params` in place from the gradient `grad` (which it may overwrite). */
  step(params: Parameters, grad: Float64Array): void
  snapshot(): OptimizerState
}

/** Saved optimizer vectors come from files: check them before they shape a run. */
function checkVector(values: readonly number[], size: number, what: string): void {
  if (values.length !== size) {
    throw new RangeError(`${what} has ${values.length} values, the parameters ${size}`)
  }
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new RangeError(`${what} holds a value that is not a finite number`)
  }
}

class Sgd implements Optimizer {
  private buffer: Float64Array | null

  constructor(
    private readonly config: SgdConfig,
    size: number,
    state: OptimizerState | null
  ) {
    const saved = state?.kind === 'sgd' ? state.momentumBuffer : null
    if (saved) checkVector(saved, size, 'the momentum buffer')
    this.buffer = saved ? Float64Array.from(saved) : null
  }

  step(params: Parameters, grad: Float64Array): void {
    const { lr, momentum, dampening, nesterov, weightDecay } = this.config
    // PyTorch copies d_p into the momentum buffer on the first step instead of blending it.
    const firstStep = this.buffer === null
    if (momentum !== 0 && this.buffer === null) this.buffer = new Float64Array(params.length)
    const buf = momentum !== 0 ? this.buffer : null
    for (let i = 0; i < params.length; i++) {
      // d_p = grad + weight_decay * p
      let dp = weightDecay !== 0 ? grad[i] + weightDecay * params[i] : grad[i]
      if (buf !== null) {
        // buf = momentum * buf + (1 - dampening) * d_p ; nesterov: d_p += momentum * buf
        buf[i] = firstStep ? dp : momentum * buf[i] + (1 - dampening) * dp
        dp = nesterov ? dp + momentum * buf[i] : buf[i]
      }
      params[i] -= lr * dp
    }
  }

  snapshot(): OptimizerState {
    return { kind: 'sgd', momentumBuffer: this.buffer ? Array.from(this.buffer) : null }
  }
}

class Adam implements Optimizer {
  private stepCount: number
  private readonly expAvg: Float64Array
  private readonly expAvgSq: Float64Array

  constructor(
    private readonly config: AdamConfig,
    size: number,
    state: OptimizerState | null
  ) {
    const saved = state?.kind === 'adam' ? state : null
    if (saved) {
      if (!Number.isSafeInteger(saved.step) || saved.step < 0) {
        throw new RangeError(`a saved Adam step count must be a whole number, got ${saved.step}`)
      }
      checkVector(saved.expAvg, size, "Adam's first moment")
      checkVector(saved.expAvgSq, size, "Adam's second moment")
    }
    this.stepCount = saved?.step ?? 0
    this.expAvg = saved ? Float64Array.from(saved.expAvg) : new Float64Array(size)
    this.expAvgSq = saved ? Float64Array.from(saved.expAvgSq) : new Float64Array(size)
  }

  step(params: Parameters, grad: Float64Array): void {
    const { lr, beta1, beta2, eps, weightDecay } = this.config
    this.stepCount++
    const biasCorrection1 = 1 - beta1 ** this.stepCount
    const biasCorrection2 = 1 - beta2 ** this.stepCount
    const stepSize = lr / biasCorrection1
    const biasCorrection2Sqrt = Math.sqrt(biasCorrection2)
    for (let i = 0; i < params.length; i++) {
      const g = weightDecay !== 0 ? grad[i] + weightDecay * params[i] : grad[i]
      // m = beta1 m + (1 - beta1) g ;  v = beta2 v + (1 - beta2) g^2
      this.expAvg[i] = this.expAvg[i] * beta1 + (1 - beta1) * g
      this.expAvgSq[i] = this.expAvgSq[i] * beta2 + (1 - beta2) * g * g
      // p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
      const denom = Math.sqrt(this.expAvgSq[i]) / biasCorrection2Sqrt + eps
      params[i] -= (stepSize * this.expAvg[i]) / denom
    }
  }

  snapshot(): OptimizerState {
    return {
      kind: 'adam',
      step: this.stepCount,
      expAvg: Array.from(this.expAvg),
      expAvgSq: Array.from(this.expAvgSq)
    }
  }
}

export function createOptimizer(
  config: OptimizerConfig,
  size: number,
  state: OptimizerState | null = null
): Optimizer {
  if (state !== null && state.kind !== config.kind) {
    throw new RangeError(`a saved ${state.kind} state cannot continue with ${config.kind}`)
  }
  return config.kind === 'sgd' ? new Sgd(config, size, state) : new Adam(config, size, state)
}
