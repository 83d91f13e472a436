// Python source text from our values: number literals that Python reads back as the same double
// (so torch.FloatTensor rounds them to float32 exactly as PyTorch rounds the data the lab loads),
// comments that cannot end early, and lists packed into lines of a readable width.

/** Past this a Python int literal could overflow torch's int64 conversion: write a float. */
const LARGEST_PLAIN_INTEGER = 2 ** 53

/**
 * A finite double as a Python literal that evaluates to the same double. JavaScript's String()
 * gives the shortest decimal that round-trips, as Python's repr() does, in a syntax Python reads
 * ('0.1', '1e-7', '1.5e+300'); whole numbers stay ints ('3'), as the lab writes its data, except
 * where an int would be too large for torch to take, and -0 keeps its sign.
 */
export function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`no Python literal for ${value}`)
  if (Object.is(value, -0)) return '-0.0'
  const text = String(value)
  if (Number.isInteger(value) && Math.abs(value) >= LARGEST_PLAIN_INTEGER && !/[.e]/.test(text)) {
    return `${text}.0`
  }
  return text
}

/** Text safe inside a `#` comment: control characters (a line break would end it) as spaces. */
export function commentSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ')
}

/** The width Python lines are packed to, as PEP 8's 99-character limit for long lines. */
export const LINE_WIDTH = 99

/**
 * `head` + '[' + items + ']' on one line when it fits, else the items packed into indented lines
 * (as many per line as fit), closed by ']' on a line of its own.
 */
export function pythonList(head: string, items: readonly string[]): string[] {
  const oneLine = `${head}[${items.join(', ')}]`
  if (oneLine.length <= LINE_WIDTH) return [oneLine]
  const indent = '    '
  const lines = [`${head}[`]
  let line = ''
  for (const item of items) {
    const next = line === '' ? `${indent}${item},` : `${line} ${item},`
    if (line !== '' && next.length > LINE_WIDTH) {
      lines.push(line)
      line = `${indent}${item},`
    } else {
      line = next
    }
  }
  if (line !== '') lines.push(line)
  lines.push(']')
  return lines
}

/** Words wrapped into `# ` comment lines of at most LINE_WIDTH characters (when words allow). */
export function commentLines(text: string, indent = ''): string[] {
  const prefix = `${indent}# `
  const lines: string[] = []
  let line = ''
  for (const word of commentSafe(text)
    .split(' ')
    .filter((w) => w !== '')) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(prefix + line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  return [...lines, prefix + line]
}
