// torch.optim.SGD and Adam, one step at a time, by their documented formulas (PyTorch 1.13).
// The differential test checks whole runs against PyTorch itself; these pin each rule down.
import { describe, expect, it } from 'vitest'
import {
  createOptimizer,
  defaultAdam,
  defaultSgd,
  type OptimizerConfig,
  type OptimizerState
} from '@core'

function steps(config: OptimizerConfig, start: number[], grads: number[][]): number[] {
  const params = Float64Array.from(start)
  const optimizer = createOptimizer(config, params.length)
  for (const g of grads) optimizer.step(params, Float64Array.from(g))
  return Array.from(params)
}

describe('SGD', () => {
  it('steps p -= lr * g', () => {
    expect(steps({ ...defaultSgd, lr: 0.5 }, [1, -2], [[0.25, -1]])).toEqual([0.875, -1.5])
  })

  it('adds weight_decay * p to the gradient before anything else', () => {
    // d_p = 0.25 + 0.1 * 1 = 0.35
    expect(steps({ ...defaultSgd, lr: 1, weightDecay: 0.1 }, [1], [[0.25]])).toEqual([1 - 0.35])
  })

  it('copies the first gradient into the momentum buffer (no dampening), then blends', () => {
    const config = { ...defaultSgd, lr: 1, momentum: 0.9, dampening: 0.5 }
    // step 1: buf = 1 (not 0.5 * 1); p = -1. step 2: buf = 0.9 * 1 + 0.5 * 2 = 1.9; p = -2.9
    expect(steps(config, [0], [[1], [2]])).toEqual([-1 - (0.9 * 1 + 0.5 * 2)])
  })

  it('with nesterov steps by g + momentum * buf', () => {
    const config = { ...defaultSgd, lr: 1, momentum: 0.5, nesterov: true }
    // step 1: buf = 1, d_p = 1 + 0.5 = 1.5. step 2: buf = 0.5 + 1 = 1.5, d_p = 1 + 0.75 = 1.75
    expect(steps(config, [0], [[1], [1]])).toEqual([-3.25])
  })

  it('keeps no momentum buffer when momentum is 0', () => {
    const optimizer = createOptimizer(defaultSgd, 2)
    optimizer.step(new Float64Array(2), Float64Array.of(1, 1))
    expect(optimizer.snapshot()).toEqual({ kind: 'sgd', momentumBuffer: null })
  })
})

describe('Adam', () => {
  it('first step moves each parameter by about lr against the sign of its gradient', () => {
    // m = 0.1 g, v = 0.001 g^2; step = lr / 0.1 * m / (sqrt(v) / sqrt(0.001) + eps) = lr g/(|g|+eps)
    const [a, b] = steps({ ...defaultAdam, lr: 0.01 }, [0, 0], [[3, -0.5]])
    expect(a).toBeCloseTo(-0.01 * (3 / (3 + 1e-8)), 15)
    expect(b).toBeCloseTo(0.01 * (0.5 / (0.5 + 1e-8)), 15)
  })

  it('applies the bias corrections 1 - beta^t on later steps', () => {
    const config = { ...defaultAdam, lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 0 }
    // t=1: m = 0.5, v = 0.25 -> step 0.1 * (0.5/0.5) / (0.5/0.5) = 0.1
    // t=2 (g = 3): m = 0.25 + 1.5 = 1.75, v = 0.1875 + 2.25 = 2.4375
    //   m^ = 1.75 / 0.75, v^ = 2.4375 / 0.4375 -> step 0.1 * m^ / sqrt(v^)
    const expected = -0.1 - (0.1 * (1.75 / 0.75)) / Math.sqrt(2.4375 / 0.4375)
    expect(steps(config, [0], [[1], [3]])[0]).toBeCloseTo(expected, 14)
  })

  it('adds weight_decay * p to the gradient (L2, not decoupled AdamW)', () => {
    const config = { ...defaultAdam, lr: 0.1, weightDecay: 1, eps: 0 }
    // g = 0 + 1 * 2 = 2: the first step is lr * sign(g)
    expect(steps(config, [2], [[0]])[0]).toBeCloseTo(1.9, 15)
  })
})

describe('optimizer state', () => {
  const configs: OptimizerConfig[] = [
    { ...defaultSgd, lr: 0.3, momentum: 0.9, dampening: 0.1, weightDecay: 0.01 },
    { ...defaultSgd, lr: 0.3, momentum: 0.9, nesterov: true },
    { ...defaultAdam, lr: 0.05, weightDecay: 0.1 }
  ]

  it.each(configs)('continues exactly from a JSON snapshot ($kind)', (config) => {
    const grads = [
      [1, -2],
      [0.5, 0.25],
      [-1, 3],
      [2, 2]
    ]
    const params = Float64Array.of(0.1, -0.2)
    const first = createOptimizer(config, 2)
    first.step(params, Float64Array.from(grads[0]))
    first.step(params, Float64Array.from(grads[1]))
    const saved = JSON.parse(JSON.stringify(first.snapshot()))
    const resumed = createOptimizer(config, 2, saved)
    const copy = Float64Array.from(params)
    for (const g of grads.slice(2)) {
      first.step(params, Float64Array.from(g))
      resumed.step(copy, Float64Array.from(g))
    }
    expect(Array.from(copy)).toEqual(Array.from(params))
  })

  it('refuses a saved state of the other optimizer or of another size', () => {
    const adamState = createOptimizer(defaultAdam, 2).snapshot() as OptimizerState & {
      kind: 'adam'
    }
    expect(() => createOptimizer(defaultSgd, 2, adamState)).toThrow(/adam.*sgd/)
    expect(() => createOptimizer(defaultAdam, 3, adamState)).toThrow(/2 values.*3/)
    expect(() =>
      createOptimizer(defaultSgd, 2, { kind: 'sgd', momentumBuffer: [1, Number.NaN] })
    ).toThrow(/finite/)
    expect(() => createOptimizer(defaultAdam, 2, { ...adamState, step: -1 })).toThrow(/step/)
  })
})
