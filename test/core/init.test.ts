import { describe, expect, it } from 'vitest'
import { MersenneTwister, initialParameters, torchLinearInit, torchUniformFloat32 } from '@core'

describe('torch init: nn.Linear(d, 1) after torch.manual_seed(s), bit for bit', () => {
  it('draws seed 1, d = 2 exactly as PyTorch: W = [0.3643..., -0.3121...], b = -0.1370...', () => {
    const { weights, bias } = torchLinearInit(2, new MersenneTwister(1))
    expect(Array.from(weights)).toEqual([0.36434608697891235, -0.3121015429496765])
    expect(bias).toBe(-0.13708077371120453)
  })

  it('draws seed 1, d = 8 exactly as PyTorch', () => {
    const { weights, bias } = torchLinearInit(8, new MersenneTwister(1))
    expect(Array.from(weights)).toEqual([
      0.18217304348945618, -0.15605077147483826, -0.06854038685560226, 0.16594697535037994,
      -0.3328481912612915, 0.21203206479549408, -0.07273487746715546, 0.17986811697483063
    ])
    expect(bias).toBe(0.049149926751852036)
  })

  it('returns float32 values inside the bounds sqrt(1/d) (weights) and 1/sqrt(d) (bias)', () => {
    for (const d of [1, 3, 10, 100]) {
      const { weights, bias } = torchLinearInit(d, new MersenneTwister(d))
      for (const w of weights) {
        expect(Math.fround(w)).toBe(w)
        expect(Math.abs(w)).toBeLessThanOrEqual(Math.fround(Math.sqrt(1 / d)))
      }
      expect(Math.fround(bias)).toBe(bias)
      expect(Math.abs(bias)).toBeLessThanOrEqual(Math.fround(1 / Math.sqrt(d)))
    }
  })

  it('maps the low 24 bits of one draw onto [from, to): 0 -> from, 2^24 - 1 -> just below to', () => {
    const fixed = (word: number): MersenneTwister =>
      ({ nextUint32: () => word }) as unknown as MersenneTwister
    expect(torchUniformFloat32(fixed(0xff000000), -0.5, 0.5)).toBe(-0.5)
    expect(torchUniformFloat32(fixed(0x00ffffff), -0.5, 0.5)).toBe(Math.fround(0.5 - 2 ** -24))
  })

  it('zeros init: every weight and the bias are 0, and no random number is drawn', () => {
    const rng = new MersenneTwister(1)
    const { weights, bias } = initialParameters('zeros', 3, rng)
    expect(Array.from(weights)).toEqual([0, 0, 0])
    expect(bias).toBe(0)
    expect(rng.nextUint32()).toBe(new MersenneTwister(1).nextUint32())
  })
})
