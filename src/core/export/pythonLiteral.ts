// Python source literals for the generated scripts: floats written as Python's repr() writes them
// (the shortest digits that read back as the same float64, so torch.tensor(...) and np.array(...)
// get exactly the app's float64 and round it to float32 themselves), and strings that Python
// reads back as the same text whatever they contain.

/**
 * repr(value) for a finite float, e.g. 3.253021717071533, 1.0, -0.0, 1e-05, 1e+16. Both
 * languages print the shortest round-trip digits; they differ only in layout, which this
 * follows from CPython's float_repr (exponent form when the decimal point is more than 16 digits
 * right of the first digit or 4 or more zeros left of it, otherwise fixed with at least ".0").
 */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite float: ${value}`)
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const sign = value < 0 ? '-' : ''
  // toExponential() without digits: the shortest digits that identify the double, "d.ddde±x"
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const exponent = Number(exponentText)
  const point = exponent + 1 // value = 0.digits x 10^point, CPython's decpt
  if (point <= -4 || point > 16) {
    const fraction = digits.length > 1 ? '.' + digits.slice(1) : ''
    const power = String(Math.abs(exponent)).padStart(2, '0')
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${power}`
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/**
 * A Python str literal for any text. JSON's string syntax is a subset of Python's (the same
 * escapes: \" \\ \n \t \uXXXX ...), so a JSON string is a Python string with the same value.
 */
export function pythonString(text: string): string {
  return JSON.stringify(text)
}

/** [a, b, c] of Python floats. */
export function pythonFloatList(values: ArrayLike<number>): string {
  return '[' + Array.from(values, pythonFloat).join(', ') + ']'
}
