import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MersenneTwister } from '@core'

describe('mt19937 as torch.manual_seed runs it', () => {
  it("gives the C++ std::mt19937 reference: seed 5489's 10000th output is 4123659995", () => {
    const rng = new MersenneTwister(5489)
    let value = 0
    for (let i = 0; i < 10000; i++) value = rng.nextUint32()
    expect(value).toBe(4123659995)
  })

  it('starts seed 1 with 1791095845, 4282876139, 3093770124 (numpy/PyTorch mt19937)', () => {
    const rng = new MersenneTwister(1)
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([
      1791095845, 4282876139, 3093770124
    ])
  })

  it('keeps the low 32 bits of a larger seed, like PyTorch', () => {
    expect(new MersenneTwister(2 ** 32 + 7).nextUint32()).toBe(new MersenneTwister(7).nextUint32())
  })

  it('refuses negative, fractional and unsafe seeds', () => {
    for (const seed of [-1, 1.5, Number.NaN, 2 ** 53]) {
      expect(() => new MersenneTwister(seed)).toThrow(RangeError)
    }
  })

  it('continues identically after a snapshot goes through JSON', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 2000 }), (seed, skip) => {
        const rng = new MersenneTwister(seed)
        for (let i = 0; i < skip; i++) rng.nextUint32()
        const copy = MersenneTwister.restore(JSON.parse(JSON.stringify(rng.snapshot())))
        for (let i = 0; i < 700; i++) expect(copy.nextUint32()).toBe(rng.nextUint32())
      }),
      { numRuns: 30 }
    )
  })

  it('refuses a damaged saved state', () => {
    const saved = new MersenneTwister(1).snapshot()
    expect(() => MersenneTwister.restore({ ...saved, state: saved.state.slice(1) })).toThrow(/624/)
    expect(() => MersenneTwister.restore({ ...saved, index: 625 })).toThrow(/index/)
    expect(() =>
      MersenneTwister.restore({ ...saved, state: saved.state.map((w, i) => (i ? w : -1)) })
    ).toThrow(/32-bit/)
  })

  it('draws below a bound uniformly enough and never reaches it', () => {
    const rng = new MersenneTwister(3)
    const counts = [0, 0, 0]
    for (let i = 0; i < 30000; i++) counts[rng.nextBelow(3)]++
    for (const count of counts) expect(Math.abs(count - 10000)).toBeLessThan(400)
  })
})
