// JSON spellings the codec writes itself, where JSON.stringify would lose a value: -0 (which it
// writes as 0), and the table's non-finite cells (which it would write as null whatever they are).
// Every finite number is JavaScript's shortest round-trip spelling, so it reads back exactly.

/** A finite number; -0 as "-0", which JSON.parse reads back as -0. */
export function writeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no JSON spelling here`)
  return value === 0 && 1 / value < 0 ? '-0' : String(value)
}

/**
 * A plain value: objects (own keys in order, undefined values left out), arrays, strings,
 * booleans, null and finite numbers. For the small parts (settings, weights, trainer state).
 */
export function writeValue(value: unknown): string {
  if (typeof value === 'number') return writeNumber(value)
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(writeValue).join(',')}]`
  if (typeof value === 'object') {
    const fields = Object.entries(value)
      .filter((entry) => entry[1] !== undefined)
      .map(([key, field]) => `${JSON.stringify(key)}:${writeValue(field)}`)
    return `{${fields.join(',')}}`
  }
  throw new TypeError(`a ${typeof value} has no JSON spelling`)
}

/**
 * An array of numbers, as pieces pushed onto `out` (the document is joined once, at the end):
 * NaN as null and ±Infinity as 1e999 and -1e999 (which parse back to ±Infinity), which only the
 * table's cells may hold (checkSession refuses them elsewhere). JSON.stringify writes the common
 * case fastest; a -0 or a non-finite value needs its own spelling.
 */
export function pushNumbers(out: string[], values: Float64Array): void {
  if (needsOwnSpelling(values)) out.push(spellEach(values))
  else stringifyInChunks(out, values)
}

/** The same as one string. */
export function writeNumbers(values: Float64Array): string {
  const out: string[] = []
  pushNumbers(out, values)
  return out.join('')
}

const CHUNK = 1024
/**
 * One plain array reused for every chunk, holding doubles unboxed from the start (filled with a
 * double): Array.from would allocate a number object per element, and a whole column's copy at
 * once made the garbage collector a fifth of the time of saving a 100,000-row session.
 */
const chunk = new Array<number>(CHUNK).fill(0.5)

function stringifyInChunks(out: string[], values: Float64Array): void {
  out.push('[')
  let start = 0
  for (; start + CHUNK <= values.length; start += CHUNK) {
    for (let i = 0; i < CHUNK; i++) chunk[i] = values[start + i]
    if (start > 0) out.push(',')
    out.push(JSON.stringify(chunk).slice(1, -1))
  }
  if (start < values.length) {
    // The last, shorter chunk in an array of its own length (the shared one keeps its length).
    const rest = new Array<number>(values.length - start).fill(0.5)
    for (let i = start; i < values.length; i++) rest[i - start] = values[i]
    if (start > 0) out.push(',')
    out.push(JSON.stringify(rest).slice(1, -1))
  }
  out.push(']')
}

/** Whether any value is -0 or not finite: one quick pass before the fast path. */
function needsOwnSpelling(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    // value - value is 0 for every finite number, NaN for NaN and ±Infinity
    if (value - value !== 0 || (value === 0 && 1 / value < 0)) return true
  }
  return false
}

function spellEach(values: Float64Array): string {
  const spelled = new Array<string>(values.length)
  for (let i = 0; i < values.length; i++) spelled[i] = spellCell(values[i])
  return `[${spelled.join(',')}]`
}

function spellCell(value: number): string {
  if (Number.isNaN(value)) return 'null'
  if (value === Infinity) return '1e999'
  if (value === -Infinity) return '-1e999'
  return writeNumber(value)
}
