// exp(-a) and log1p(e) on the ranges the kernel needs: the pieces of the per-row maths that V8
// would otherwise make slow. Math.exp and Math.log1p compile to calls into C (~11 and ~7 ns on
// the x64 we measured); these inline into the kernel's loop in ~4 ns each, within 4 ulp of the
// built-ins. Tables are module constants, so TurboFan embeds their addresses rather than
// re-checking the arrays for every row.

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

// log1p(e) for 0 <= e <= 1: u = 1 + e = c (1 + t) with c = 1 + i/256 the nearest table point,
// so log1p(e) = log c + log1p(t) with |t| <= 1/512, plus (e - (u - 1)) / u for the rounding of u.
const LOG_STEPS = 256
const LOG_POINT = Float64Array.from({ length: LOG_STEPS + 1 }, (_, i) => 1 + i / LOG_STEPS)
const LOG_INVERSE = LOG_POINT.map((point) => 1 / point)
const LOG_OF_POINT = LOG_POINT.map(Math.log)

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

/** log1p(e) for 0 <= e <= 1, within 3 ulp of Math.log1p(e). */
export function log1pUnit(e: number): number {
  const u = 1 + e
  const i = (e * LOG_STEPS + 0.5) | 0 // the nearest table point to u
  const inverse = LOG_INVERSE[i]
  const t = (u - LOG_POINT[i]) * inverse // u - point is exact
  // log1p(t) by Taylor to t^6 (relative error below 2e-17 for |t| <= 1/512), in halves as above
  const t2 = t * t
  const logT = t - t2 * (0.5 - t * (1 / 3) + t2 * (0.25 - t * 0.2 + t2 * (1 / 6)))
  return LOG_OF_POINT[i] + (logT + (e - (u - 1)) * inverse)
}
