// Reading weights JSON back: strict, each refusal naming its field, never throwing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IMPORT_ERROR_CODES,
  MAX_IMPORT_FEATURES,
  MAX_IMPORT_FEATURE_NAME_LENGTH,
  describeImportError,
  parseWeightsJson,
  type ImportError
} from '@core/export'

const valid = {
  format: 'logit-lab/weights@1',
  features: ['x1', 'x2'],
  weight: [3.252990933823943, 1.517895555880388],
  bias: -14.481889065908037,
  threshold: 0.5
}

const withFields = (fields: Record<string, unknown>): string =>
  JSON.stringify({ ...valid, ...fields })

const without = (key: string): string =>
  JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)))

function refusal(text: string): ImportError {
  const result = parseWeightsJson(text)
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 200)}`)
  return result.error
}

describe('parseWeightsJson', () => {
  it('reads the format, with features and threshold optional', () => {
    expect(parseWeightsJson(JSON.stringify(valid))).toEqual({
      ok: true,
      weights: { features: valid.features, weights: valid.weight, bias: valid.bias, threshold: 0.5 }
    })
    const bare = JSON.stringify({ format: valid.format, weight: [1], bias: -0.5 })
    expect(parseWeightsJson(bare)).toEqual({ ok: true, weights: { weights: [1], bias: -0.5 } })
    expect(parseWeightsJson('\ufeff' + JSON.stringify(valid)).ok).toBe(true)
  })

  it.each([
    ['not JSON', 'weights: 1', { code: 'syntax' }],
    [
      'NaN (Python writes it; JSON has no NaN)',
      withFields({}).replace('0.5', 'NaN'),
      { code: 'syntax' }
    ],
    ['a list', '[1, 2]', { code: 'notAnObject' }],
    ['null', 'null', { code: 'notAnObject' }],
    ['an unknown field', withFields({ lr: 1 }), { code: 'unknownField', field: 'lr' }],
    [
      'a __proto__ field',
      withFields({}).replace('{', '{"__proto__":{},'),
      { code: 'unknownField', field: '__proto__' }
    ],
    ['no format', without('format'), { code: 'missingField', field: 'format' }],
    ['no weight', without('weight'), { code: 'missingField', field: 'weight' }],
    ['no bias', without('bias'), { code: 'missingField', field: 'bias' }],
    [
      'another format',
      withFields({ format: 'logit-lab/weights@2' }),
      { code: 'format', field: 'format', value: 'logit-lab/weights@2' }
    ],
    ['weight not a list', withFields({ weight: 3 }), { code: 'notAList', field: 'weight' }],
    [
      'no weights',
      withFields({ weight: [], features: [] }),
      { code: 'noWeights', field: 'weight' }
    ],
    [
      'a weight as a string',
      withFields({ weight: [1, '1.5'] }),
      { code: 'notANumber', field: 'weight[1]', value: '1.5' }
    ],
    [
      'a null weight',
      withFields({ weight: [null, 1] }),
      { code: 'notANumber', field: 'weight[0]', value: 'null' }
    ],
    [
      'an infinite weight (1e999)',
      withFields({}).replace('1.517895555880388', '1e999'),
      { code: 'nonFinite', field: 'weight[1]' }
    ],
    [
      'a bias as a string',
      withFields({ bias: '-14' }),
      { code: 'notANumber', field: 'bias', value: '-14' }
    ],
    [
      'an infinite bias',
      withFields({ bias: 0 }).replace('"bias":0', '"bias":-1e400'),
      { code: 'nonFinite', field: 'bias' }
    ],
    [
      'features not a list',
      withFields({ features: 'x1,x2' }),
      { code: 'notAList', field: 'features' }
    ],
    [
      'one feature name for two weights',
      withFields({ features: ['x1'] }),
      { code: 'count', field: 'features', actual: 1, expected: 2 }
    ],
    [
      'a feature name not a string',
      withFields({ features: ['x1', 2] }),
      { code: 'notAString', field: 'features[1]' }
    ],
    [
      'a threshold above 1',
      withFields({ threshold: 1.5 }),
      { code: 'threshold', field: 'threshold', value: '1.5' }
    ],
    [
      'a negative threshold',
      withFields({ threshold: -0.1 }),
      { code: 'threshold', field: 'threshold', value: '-0.1' }
    ],
    [
      'a threshold as a string',
      withFields({ threshold: '0.5' }),
      { code: 'notANumber', field: 'threshold', value: '0.5' }
    ]
  ])('refuses %s', (_, text, error) => {
    expect(refusal(text)).toEqual(error)
  })

  it('refuses more weights, longer names or a larger file than the caps', () => {
    const many = Array.from({ length: MAX_IMPORT_FEATURES + 1 }, () => 0.5)
    expect(refusal(withFields({ weight: many, features: undefined }))).toEqual({
      code: 'tooManyWeights',
      field: 'weight',
      actual: MAX_IMPORT_FEATURES + 1,
      limit: MAX_IMPORT_FEATURES
    })
    const long = 'n'.repeat(MAX_IMPORT_FEATURE_NAME_LENGTH + 1)
    expect(refusal(withFields({ features: [long, 'x2'] }))).toEqual({
      code: 'nameLength',
      field: 'features[0]',
      actual: MAX_IMPORT_FEATURE_NAME_LENGTH + 1,
      limit: MAX_IMPORT_FEATURE_NAME_LENGTH
    })
    expect(parseWeightsJson(withFields({ features: ['n'.repeat(200), ''] })).ok).toBe(true)
    expect(refusal(' '.repeat(8 * 1024 * 1024 + 1)).code).toBe('tooLarge')
  })

  it('never throws on any JSON value or text, and returns only known codes (fuzz)', () => {
    const codes = new Set<string>(IMPORT_ERROR_CODES)
    const check = (text: string): void => {
      const result = parseWeightsJson(text)
      if (!result.ok) {
        expect(codes.has(result.error.code)).toBe(true)
        expect(describeImportError(result.error)).not.toContain('undefined')
        return
      }
      const { weights, bias, features, threshold } = result.weights
      expect(weights.every(Number.isFinite) && Number.isFinite(bias)).toBe(true)
      expect(weights.length).toBeGreaterThan(0)
      if (features) expect(features).toHaveLength(weights.length)
      if (threshold !== undefined) expect(threshold >= 0 && threshold <= 1).toBe(true)
    }
    fc.assert(fc.property(fc.string(), check), { numRuns: 500 })
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value) ?? '')),
      {
        numRuns: 500
      }
    )
    // The valid document with one field replaced by any JSON value: accepted, or refused at
    // that field (a new weight list may also no longer match the two feature names)
    const key = fc.constantFrom('format', 'features', 'weight', 'bias', 'threshold', 'extra')
    fc.assert(
      fc.property(key, fc.jsonValue(), (field, value) => {
        const text = withFields({ [field]: value })
        check(text)
        const result = parseWeightsJson(text)
        const where = field === 'weight' ? /^(weight|features$)/ : new RegExp(`^${field}`)
        if (!result.ok) expect(result.error.field).toMatch(where)
      }),
      { numRuns: 1000 }
    )
  })
})
