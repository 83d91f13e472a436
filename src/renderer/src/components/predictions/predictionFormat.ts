// How the Prediction panel writes numbers: the same in every language, never in scientific
// notation (a student reading 1e-9 as "1" is exactly the confusion to avoid).
import { formatFixed } from '@core/format'

/** H(x) with 4 decimals: 1e-9 -> '0.0000', 0.99995 -> '1.0000' (Python's '{:.4f}'). */
export function formatProbability(probability: number): string {
  return formatFixed(probability, 4)
}

/** A fraction as a percentage with 2 decimals, like the lab's accuracy: 1 -> '100.00%'. */
export function formatPercent(fraction: number): string {
  return `${formatFixed(fraction * 100, 2)}%`
}

/** A feature as given: integers stay integers, decimals as typed (no exponent for usual data). */
export function formatFeature(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0)
  const text = String(value)
  return /e/i.test(text) ? formatFixed(value, 6) : text
}
