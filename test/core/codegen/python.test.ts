// Python literals and comments: numbers Python reads back as the very double (checked by the
// system's Python itself), comments no name can break out of, lists packed to a readable width.
import { spawnSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LINE_WIDTH,
  commentLines,
  commentSafe,
  pythonList,
  pythonNumber
} from '@core/codegen/python'
import { pythonPath } from '../../support/pytorchReference'

/** What Python makes of each literal: the IEEE-754 bits of float(ast.literal_eval(text)). */
function pythonBits(literals: string[]): string[] {
  const script = [
    'import ast, json, struct, sys',
    "out = [struct.pack('>d', float(ast.literal_eval(t))).hex() for t in json.load(sys.stdin)]",
    'json.dump(out, sys.stdout)'
  ].join('\n')
  const result = spawnSync(pythonPath, ['-c', script], {
    input: JSON.stringify(literals),
    encoding: 'utf8'
  })
  if (result.error || result.status !== 0) {
    throw new Error(`cannot run ${pythonPath}: ${result.error?.message ?? result.stderr}`)
  }
  return JSON.parse(result.stdout) as string[]
}

function bitsOf(value: number): string {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  return Array.from(new Uint8Array(view.buffer), (b) => b.toString(16).padStart(2, '0')).join('')
}

describe('pythonNumber', () => {
  it("writes whole numbers as the lab does ('1', '-3') and others as the shortest round trip", () => {
    expect([1, -3, 0, 0.5, -0.294118, 1e-7, 1.5e300].map(pythonNumber)).toEqual([
      '1',
      '-3',
      '0',
      '0.5',
      '-0.294118',
      '1e-7',
      '1.5e+300'
    ])
  })

  it('keeps the sign of -0 and writes huge whole numbers as floats (torch takes no int past int64)', () => {
    expect(pythonNumber(-0)).toBe('-0.0')
    expect(pythonNumber(2 ** 53)).toBe('9007199254740992.0')
    expect(pythonNumber(1e20)).toBe('100000000000000000000.0')
    expect(pythonNumber(1e21)).toBe('1e+21')
  })

  it('refuses what Python has no literal for', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(() => pythonNumber(value)).toThrow(RangeError)
    }
  })

  it('gives Python the very same double, bit for bit (checked by Python)', () => {
    const values = fc.sample(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.double({ min: -1, max: 1, noNaN: true })
      ),
      { numRuns: 2000, seed: 11 }
    )
    values.push(-0, 2 ** 53, 2 ** 53 + 2, 1e20, 5e-324, 1.7976931348623157e308)
    expect(pythonBits(values.map(pythonNumber))).toEqual(values.map(bitsOf))
  })
})

describe('comments and lists', () => {
  it('keeps a comment on its line whatever the text holds', () => {
    expect(commentSafe('a\nb\r\nc\u2028d\u0000e')).toBe('a b  c d e')
    expect(commentLines('hours\nimport os')).toEqual(['# hours import os'])
  })

  it('wraps long comments at the line width', () => {
    const lines = commentLines(Array.from({ length: 60 }, (_, k) => `x${k}`).join(', '))
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) {
      expect(line.startsWith('# ')).toBe(true)
      expect(line.length).toBeLessThanOrEqual(LINE_WIDTH)
    }
  })

  it('writes a short list on one line and packs a long one, one item never split', () => {
    expect(pythonList('y_data = ', ['[0]', '[1]'])).toEqual(['y_data = [[0], [1]]'])
    const items = Array.from({ length: 100 }, (_, k) => `[${k}]`)
    const lines = pythonList('y_data = ', items)
    expect(lines[0]).toBe('y_data = [')
    expect(lines[lines.length - 1]).toBe(']')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LINE_WIDTH)
    expect(lines.slice(1, -1).join(' ').replace(/\s+/g, ' ').trim()).toBe(
      items.map((item) => `${item},`).join(' ')
    )
  })
})
