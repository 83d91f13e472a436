// Python's str.format for the few specs the lab prints, so our lines are PyTorch's lines:
// '{:.6f}' (fixed, round-half-even on the exact binary value, never scientific) and '{:4d}'.

const bits = new DataView(new ArrayBuffer(8))

/** The exact value of a finite double as mantissa * 2^exponent (mantissa a BigInt >= 0). */
function decompose(value: number): { mantissa: bigint; exponent: number } {
  bits.setFloat64(0, Math.abs(value))
  const hi = bits.getUint32(0)
  const lo = bits.getUint32(4)
  const biased = (hi >>> 20) & 0x7ff
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  if (biased !== 0) mantissa |= 1n << 52n
  return { mantissa, exponent: (biased === 0 ? 1 : biased) - 1075 }
}

/** Python's format(value, '.{digits}f'). */
export function formatFixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'nan'
  const negative = value < 0 || Object.is(value, -0)
  if (!Number.isFinite(value)) return negative ? '-inf' : 'inf'
  const { mantissa, exponent } = decompose(value)
  const scale = 10n ** BigInt(digits)
  let units: bigint // value * 10^digits, rounded half to even
  if (exponent >= 0) {
    units = (mantissa << BigInt(exponent)) * scale
  } else {
    const denominator = 1n << BigInt(-exponent)
    const numerator = mantissa * scale
    units = numerator / denominator
    const twiceRemainder = (numerator % denominator) * 2n
    if (twiceRemainder > denominator || (twiceRemainder === denominator && units % 2n === 1n)) {
      units += 1n
    }
  }
  const text = units.toString().padStart(digits + 1, '0')
  const whole = text.slice(0, text.length - digits)
  const fraction = text.slice(text.length - digits)
  return (negative ? '-' : '') + whole + (digits > 0 ? '.' + fraction : '')
}

/** Python's format(value, '{width}d') for an integer: right-aligned in `width`. */
export function formatInt(value: number, width = 0): string {
  return String(Math.trunc(value)).padStart(width, ' ')
}

/** 'Epoch {:4d}/{} Cost: {:.6f}' */
export function costLine(epoch: number, epochs: number, cost: number): string {
  return `Epoch ${formatInt(epoch, 4)}/${formatInt(epochs)} Cost: ${formatFixed(cost, 6)}`
}

/** 'Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%', accuracy given as a fraction. */
export function costAccuracyLine(
  epoch: number,
  epochs: number,
  cost: number,
  accuracy: number
): string {
  // Python prints accuracy * 100 computed in floating point, then formats that double.
  return `${costLine(epoch, epochs, cost)} Accuracy ${formatFixed(accuracy * 100, 2).padStart(2)}%`
}
