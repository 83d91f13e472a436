// exp(-a) on the range the kernel needs: the piece of the per-row maths that V8 would otherwise
// make slow. Math.exp compiles to a call into C (~11 ns on the x64 we measured); this inlines
// into the kernel's loop in ~4 ns, within 4 ulp of the built-in. Tables are module constants, so
// TurboFan embeds their addresses rather than re-checking the arrays for every row. (The log the
// cost needs is taken once per 32 rows, see kernel.ts, so Math.log serves.)

// exp(-a) = 2^(-k/256) * exp(r): k = round(a * 256 / ln 2), r = k ln2/256 - a, |r| <= ln2/512.
const EXP_STEPS = 256
const EXP_SCALE = EXP_STEPS / Math.LN2
/** ln 2 / 256 split: the high part has 21 significant bits, so k * high is exact for k < 2^31. */
const LN2_STEP_HIGH = 0.6931471824645996 / EXP_STEPS
const LN2_STEP_LOW = -1.904654299957768e-9 / EXP_STEPS
/** Adding and subtracting 1.5 * 2^52 rounds a double to the nearest integer. */
const ROUND_SHIFT = 6755399441055744
/** exp(-a) underflows to 0 past this (the smallest subnormal is 2^-1074 ~ e^-744.4). */
const EXP_UNDERFLOW = 746
const EXP_FRACTION = Float64Array.from({ length: EXP_STEPS }, (_, j) => 2 ** (-j / EXP_STEPS))
/** 2^-m for m = 0..1091: every integer power exp(-a) can reach before underflowing. */
const EXP_POWER = Float64Array.from({ length: 1092 }, (_, m) => 2 ** -m)

/** exp(-a) for a >= 0 (0 past underflow, NaN for NaN), within 4 ulp of Math.exp(-a). */
export function expNegative(a: number): number {
  const scaled = a * EXP_SCALE + ROUND_SHIFT - ROUND_SHIFT
  const k = scaled | 0
  const r = scaled * LN2_STEP_HIGH - a + scaled * LN2_STEP_LOW
  // exp(r) by Taylor to r^4 (the next term is below 4e-17 for |r| <= ln2/512), evaluated in two
  // independent halves to shorten the chain of dependent operations
  const r2 = r * r
  const expR = 1 + r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24))
  return a > EXP_UNDERFLOW ? 0 : EXP_FRACTION[k & 255] * EXP_POWER[k >>> 8] * expR
}
