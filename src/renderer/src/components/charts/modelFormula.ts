// The model as a formula with its live numbers: H(x) = σ(w1·x1 + w2·x2 + b), and for two features
// the decision line w1·x1 + w2·x2 + b = logit(t), as TeX for KaTeX and
// as plain text for readers that do not read MathML. Numbers with 4 decimals, the same in every
// language (formatFixed, never the locale's separators). Beyond three features the sum is written
// compactly, with the first two weights and the last on a line of their own.
import { formatFixed } from '@core/format'

/** Past this many features: σ(Σ w_j x_j + b) with the weights listed apart. */
export const EXPANDED_UP_TO = 3
/** Weights read out in the text alternative at most. */
export const SPOKEN_WEIGHTS = 12

const number = (value: number) => (Number.isFinite(value) ? formatFixed(value, 4) : String(value))

/** "+ 1.2345" or "− 1.2345" after a first term; "-1.2345" (TeX's minus) as the first. */
function signed(value: number, first: boolean, minus: string): string {
  const magnitude = number(Math.abs(value))
  if (first) return value < 0 ? `${minus}${magnitude}` : magnitude
  return `${value < 0 ? minus : '+'} ${magnitude}`
}

export function modelTex(weights: readonly number[], bias: number): string {
  const d = weights.length
  if (d <= EXPANDED_UP_TO) {
    const terms = weights.map((w, j) => `${signed(w, j === 0, '-')} \\cdot x_{${j + 1}}`)
    return `H(x) = \\sigma(${[...terms, signed(bias, d === 0, '-')].join(' ')})`
  }
  return `H(x) = \\sigma\\left(\\textstyle\\sum_{j=1}^{${d}} w_j x_j + b\\right)`
}

/**
 * For the compact form, the parameters on a line of their own (one line would not fit a
 * projector-sized panel): w = (w1, w2, …, wd), b. Null when the sum is written out.
 */
export function parametersTex(weights: readonly number[], bias: number): string | null {
  const d = weights.length
  if (d <= EXPANDED_UP_TO) return null
  const listed = [number(weights[0]), number(weights[1]), '\\ldots', number(weights[d - 1])]
  return `w = (${listed.join(', ')}),\\quad b = ${number(bias)}`
}

/** The same formula in words and symbols a screen reader speaks (σ named by the caller). */
export function modelText(weights: readonly number[], bias: number, sigmoid: string): string {
  const d = weights.length
  if (d <= EXPANDED_UP_TO) {
    const terms = weights.map((w, j) => `${signed(w, j === 0, '−')} × x${j + 1}`)
    return `H(x) = ${sigmoid}(${[...terms, signed(bias, d === 0, '−')].join(' ')})`
  }
  // A screen reader reads every weight, up to a dozen (a wide table would be a wall of numbers).
  const listed = weights.slice(0, SPOKEN_WEIGHTS).map(number)
  if (d > SPOKEN_WEIGHTS) listed.push('…')
  return `H(x) = ${sigmoid}(w · x + b), w = (${listed.join(', ')}), b = ${number(bias)}`
}

/**
 * The decision line for two features: w1·x1 + w2·x2 + b = logit(t), the z at which H(x) = t.
 * `columns`: the features' indices (from 0) when the plot shows another pair than the first two.
 */
export function lineTex(
  weights: readonly number[],
  bias: number,
  threshold: number,
  columns: readonly [number, number] = [0, 1]
): string {
  const [w1, w2] = weights
  const [i, j] = columns.map((c) => c + 1)
  const level = Math.log(threshold / (1 - threshold))
  const left = `${signed(w1, true, '-')} \\cdot x_{${i}} ${signed(w2, false, '-')} \\cdot x_{${j}} ${signed(bias, false, '-')}`
  return `${left} = \\operatorname{logit}(${threshold}) = ${number(level)}`
}
