// Python literals, checked by Python itself: pythonFloat must be exactly repr() (so the scripts
// read as Python writes numbers, and each reads back as the same float64), pythonString must
// read back as the same text whatever it holds.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { pythonFloat, pythonString } from '@core/export'
import { runPython } from '../../support/python'

/** repr() of each double, passed as its bits so nothing is lost on the way. */
function pythonReprs(values: number[]): string[] {
  const bits = values.map((value) => {
    const view = new DataView(new ArrayBuffer(8))
    view.setFloat64(0, value)
    return view.getBigUint64(0).toString(16).padStart(16, '0')
  })
  const code = [
    'import json, struct, sys',
    "print(json.dumps([repr(struct.unpack('>d', bytes.fromhex(b))[0]) for b in json.load(sys.stdin)]))"
  ].join('\n')
  return JSON.parse(runPython(['-c', code], { input: JSON.stringify(bits) }).stdout) as string[]
}

const edgeCases = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.1,
  1 / 3,
  2 / 3,
  1e-4,
  1e-5,
  0.00012,
  9.999e-5,
  1e15,
  1e16,
  1.5e16,
  1e17,
  1.2345678901234568e17,
  2 ** 53 + 2,
  1e21,
  1e22,
  5e-324,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  3.4028234663852886e38,
  1.1754943508222875e-38,
  3.252990933823943,
  -14.481889065908037,
  100,
  1234.5,
  0.001,
  123e-20
]

describe('pythonFloat', () => {
  it('writes what Python repr() writes, for edge cases and 2,000 random doubles', () => {
    const random = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), 2000)
    const values = [...edgeCases, ...random]
    expect(values.map(pythonFloat)).toEqual(pythonReprs(values))
  })

  it('refuses NaN and infinities (Python would need float("nan"))', () => {
    expect(() => pythonFloat(Number.NaN)).toThrow(RangeError)
    expect(() => pythonFloat(Infinity)).toThrow(RangeError)
  })
})

describe('pythonString', () => {
  it('reads back in Python as the same text', () => {
    const texts = [
      'x1',
      'hours "lecture"',
      "it's",
      'back\\slash',
      'new\nline\r\ttab',
      '\u0000nul\u001f',
      '공부시간',
      'line\u2028separator\u2029',
      'emoji 😀',
      '# not a comment',
      "'''",
      '"""'
    ]
    const code = `import json\nprint(json.dumps([${texts.map(pythonString).join(', ')}]))`
    expect(JSON.parse(runPython(['-c', code]).stdout)).toEqual(texts)
  })
})
