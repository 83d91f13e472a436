// Random numbers for the generated data sets, from core's Mersenne Twister (the generator that
// torch.manual_seed(seed) seeds), so a data seed means the same rows on every machine.

import type { MersenneTwister } from '../rng'

/**
 * A double uniform in [0, 1) with 53 random bits, from two 32-bit draws: mt19937's own
 * genrand_res53, (a >> 5) * 2^26 + (b >> 6) over 2^53. (numpy's RandomState(seed).random_sample()
 * draws the very same doubles from the same generator, which is how the tests' expected values
 * were checked.)
 */
export function uniform53(rng: MersenneTwister): number {
  const a = rng.nextUint32() >>> 5
  const b = rng.nextUint32() >>> 6
  return (a * 67108864 + b) / 9007199254740992
}

/**
 * Two independent standard normal numbers by the Box–Muller transform:
 * r = sqrt(-2 ln u1), (r cos 2πu2, r sin 2πu2). u1 is taken as 1 - uniform, in (0, 1], so the
 * log is finite.
 */
export function gaussianPair(rng: MersenneTwister): [number, number] {
  const u1 = 1 - uniform53(rng)
  const u2 = uniform53(rng)
  const r = Math.sqrt(-2 * Math.log(u1))
  const angle = 2 * Math.PI * u2
  return [r * Math.cos(angle), r * Math.sin(angle)]
}

/**
 * Generated values keep 3 decimals: they read like measured data in the table, a CSV and a
 * share link, and they are the same in every JavaScript engine. (Math.log, cos and sin may
 * differ in their last bit between engines; that changes a value rounded to 3 decimals only
 * when it lies within ~1e-16 of a rounding boundary, odds of ~1e-13 per value.)
 */
export const GENERATED_DECIMALS = 3

const SCALE = 10 ** GENERATED_DECIMALS

export function roundGenerated(value: number): number {
  // + 0 turns -0 into 0, so a value reads back and prints the same everywhere
  return Math.round(value * SCALE) / SCALE + 0
}
