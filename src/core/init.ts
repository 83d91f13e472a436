// Initial weights: zeros (the lab's low-level code) or PyTorch's nn.Linear(d, 1) after
// torch.manual_seed(seed), reproduced bit for bit in float32.
import type { InitKind } from './config'
import { MersenneTwister } from './rng'

export interface InitialParameters {
  weights: Float64Array
  bias: number
}

/**
 * torch.Tensor.uniform_(from, to) on a float32 CPU tensor: one 32-bit draw per element, its low
 * 24 bits scaled by 2^-24 (exact in double), then u * (to - from) + from in double with `from`,
 * `to` and `to - from` in float32, rounded to float32 at the end.
 */
export function torchUniformFloat32(rng: MersenneTwister, from: number, to: number): number {
  const from32 = Math.fround(from)
  const range32 = Math.fround(Math.fround(to) - from32)
  const u = (rng.nextUint32() & 0xffffff) * 2 ** -24
  return Math.fround(u * range32 + from32)
}

/** nn.Linear(d, 1).reset_parameters(): kaiming_uniform_(a=sqrt(5)) on the weight, then the bias. */
export function torchLinearInit(features: number, rng: MersenneTwister): InitialParameters {
  // Python's arithmetic in torch.nn.init.kaiming_uniform_, step by step, for the same doubles.
  const a = Math.sqrt(5)
  const gain = Math.sqrt(2 / (1 + a ** 2))
  const std = gain / Math.sqrt(features)
  const weightBound = Math.sqrt(3) * std
  const weights = new Float64Array(features)
  for (let j = 0; j < features; j++)
    weights[j] = torchUniformFloat32(rng, -weightBound, weightBound)
  const biasBound = 1 / Math.sqrt(features)
  const bias = torchUniformFloat32(rng, -biasBound, biasBound)
  return { weights, bias }
}

export function initialParameters(
  kind: InitKind,
  features: number,
  rng: MersenneTwister
): InitialParameters {
  if (kind === 'torch') return torchLinearInit(features, rng)
  return { weights: new Float64Array(features), bias: 0 }
}
