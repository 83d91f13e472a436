import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MersenneTwister, torchLinearInit } from '@core'

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

  // Printed by PyTorch 1.13: torch.manual_seed(s); [nn.Linear(d, 1)]; torch.randperm(n) x3
  it('shuffles as torch.randperm(n) does after torch.manual_seed, three epochs in a row', () => {
    const rng = new MersenneTwister(1)
    const order = new Uint32Array(6)
    const epochs = [0, 1, 2].map(() => {
      rng.randperm(order)
      return Array.from(order)
    })
    expect(epochs).toEqual([
      [1, 5, 2, 0, 3, 4],
      [1, 2, 3, 5, 4, 0],
      [2, 5, 0, 1, 3, 4]
    ])
  })

  it("continues after nn.Linear's draws as PyTorch does (torch init, then the shuffle)", () => {
    const rng = new MersenneTwister(3)
    torchLinearInit(2, rng)
    const ten = new Uint32Array(10)
    rng.randperm(ten)
    expect(Array.from(ten)).toEqual([7, 2, 1, 5, 9, 6, 4, 8, 3, 0])
    const diabetes = new MersenneTwister(42)
    torchLinearInit(8, diabetes)
    const rows = new Uint32Array(759)
    diabetes.randperm(rows)
    expect(Array.from(rows.subarray(0, 10))).toEqual([
      35, 485, 448, 65, 318, 690, 601, 666, 749, 576
    ])
  })

  it('gives a permutation of 0..n-1 for any n, including 0 and 1', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 300 }), (seed, n) => {
        const order = new Uint32Array(n)
        new MersenneTwister(seed).randperm(order)
        expect(Array.from(order).sort((a, b) => a - b)).toEqual(
          Array.from({ length: n }, (_, i) => i)
        )
      }),
      { numRuns: 50 }
    )
  })
})
