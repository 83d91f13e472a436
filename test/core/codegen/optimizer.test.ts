// The optimizer line as a person writes it: lr always, then only what differs from PyTorch's
// defaults, in torch.optim's own argument names.
import { describe, expect, it } from 'vitest'
import { defaultAdam, defaultSgd } from '@core'
import { optimizerCall } from '@core/codegen/optimizer'

describe('optimizerCall', () => {
  it.each([
    [{ ...defaultSgd, lr: 1 }, 'optim.SGD([W, b], lr=1)'],
    [{ ...defaultSgd, lr: 0.1, momentum: 0.9 }, 'optim.SGD([W, b], lr=0.1, momentum=0.9)'],
    [
      { ...defaultSgd, lr: 0.5, momentum: 0.9, nesterov: true },
      'optim.SGD([W, b], lr=0.5, momentum=0.9, nesterov=True)'
    ],
    [
      { ...defaultSgd, lr: 1, momentum: 0.5, dampening: 0.1, weightDecay: 0.001 },
      'optim.SGD([W, b], lr=1, momentum=0.5, dampening=0.1, weight_decay=0.001)'
    ],
    [{ ...defaultAdam }, 'optim.Adam([W, b], lr=0.001)'],
    [{ ...defaultAdam, lr: 0.1 }, 'optim.Adam([W, b], lr=0.1)'],
    [{ ...defaultAdam, beta2: 0.99 }, 'optim.Adam([W, b], lr=0.001, betas=(0.9, 0.99))'],
    [
      { ...defaultAdam, lr: 0.02, beta1: 0.8, eps: 1e-6, weightDecay: 0.01 },
      'optim.Adam([W, b], lr=0.02, betas=(0.8, 0.999), eps=0.000001, weight_decay=0.01)'
    ]
  ])('%o -> %s', (config, expected) => {
    expect(optimizerCall(config, '[W, b]')).toBe(expected)
  })

  it("passes the module's parameters as the lab does", () => {
    expect(optimizerCall({ ...defaultSgd, lr: 1 }, 'model.parameters()')).toBe(
      'optim.SGD(model.parameters(), lr=1)'
    )
  })
})
