// Reads the numbers a Python script printed (a torch tensor, a NumPy array) together with the
// precision each was printed at, so tests can compare "at the printed precision".

export interface PrintedNumber {
  text: string
  value: number
  /** One unit in the last printed digit: 1e-4 for 0.1234, 1e-8 for 2.7648e-04, 1 for 1. */
  unit: number
}

const NUMBER = /-?\d+\.(\d*)(?:e([+-]\d+))?/g

/** Every decimal number in `text` (with a point, as float tensors and arrays print them). */
export function printedNumbers(text: string): PrintedNumber[] {
  return Array.from(text.matchAll(NUMBER), (match) => ({
    text: match[0],
    value: Number(match[0]),
    unit: 10 ** (Number(match[2] ?? 0) - match[1].length)
  }))
}

/** The printed body of the first `tensor(...)` in `stdout`, without its grad_fn and dtype. */
export function printedTensorBody(stdout: string): string {
  const start = stdout.indexOf('tensor(')
  if (start < 0) throw new Error(`no tensor printed in:\n${stdout}`)
  const end = stdout.indexOf(']]', start)
  return stdout.slice(start + 'tensor('.length, end + 2)
}
