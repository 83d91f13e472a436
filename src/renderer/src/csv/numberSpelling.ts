// The fast path of reading a large CSV: most cells are numbers spelled exactly as JavaScript
// prints them ("-0.25", "1234"), so the table keeps no text for them. Recognising that spelling by
// its characters costs a fraction of parsing the cell and printing the number back to compare
// (String(value) was a third of the time a 1,000,000-row file took).

const ZERO = 48
const NINE = 57
const MINUS = 45
const POINT = 46

/** At most this many significant digits survive a trip through a double (DBL_DIG). */
const SAFE_DIGITS = 15
/** JavaScript prints numbers from 1e-6 on without an exponent: at most five zeros after "0.". */
const MAX_LEADING_FRACTION_ZEROS = 5

/**
 * The value of `text` when it is spelled exactly as String(value) spells it, for plain decimals
 * ("0", "-12", "0.000015", "3.25"); null for anything else, which may still be a number (the
 * caller then parses it and compares the spelling itself).
 *
 * Why the spelling is the canonical one: a decimal of at most 15 significant digits becomes a
 * double that prints back as the shortest decimal reading as that double, and no other decimal of
 * at most 15 digits reads as it, so the shortest is this one once it has no trailing zero; and
 * numbers from 1e-6 to 1e21 print without an exponent.
 */
export function canonicalDecimalValue(text: string): number | null {
  const n = text.length
  let i = text.charCodeAt(0) === MINUS ? 1 : 0
  if (i >= n) return null
  const first = text.charCodeAt(i)
  let digits = 0
  if (first === ZERO) {
    i++
    // "0" is canonical; "-0" prints as "0"; a leading zero is followed by a fraction or nothing.
    if (i === n) return n === 1 ? 0 : null
    if (text.charCodeAt(i) !== POINT) return null
  } else if (first > ZERO && first <= NINE) {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c < ZERO || c > NINE) break
      digits++
      i++
    }
    if (i === n) return digits <= SAFE_DIGITS ? Number(text) : null
    if (text.charCodeAt(i) !== POINT) return null
  } else return null
  // The fraction: at least one digit, the last not a zero ("1.50" prints as "1.5", "1." as "1").
  i++
  if (i === n) return null
  let leadingZeros = 0
  let last = 0
  for (; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < ZERO || c > NINE) return null
    if (digits === 0 && c === ZERO) leadingZeros++
    else digits++
    last = c
  }
  if (last === ZERO || digits > SAFE_DIGITS) return null
  if (first === ZERO && leadingZeros > MAX_LEADING_FRACTION_ZEROS) return null
  return Number(text)
}
