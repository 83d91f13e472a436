// Numbers as the notebook prints them: PyTorch shows tensors with 4 decimals (tensor([0.7311])),
// nan and inf by name. Long vectors (many features) show their first values and how many more.
import { formatFixed } from '@core/format'

/** Values a vector shows before '…'. */
export const SHOWN_VALUES = 6

/** One tensor element: 4 decimals, 'nan', 'inf', '-inf'. */
export function tensorNumber(value: number): string {
  return formatFixed(value, 4)
}

/** A vector as PyTorch prints one: [0.5000, 1.0000], its first SHOWN_VALUES values and '…'. */
export function tensorVector(values: readonly number[]): string {
  const shown = values.slice(0, SHOWN_VALUES).map(tensorNumber)
  if (values.length > SHOWN_VALUES) shown.push(`… (${values.length})`)
  return `[${shown.join(', ')}]`
}
