// Reading a .safetensors state dict back: every part of the format checked, each refusal naming
// its field, never throwing whatever the bytes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IMPORT_ERROR_CODES,
  describeImportError,
  parseSafetensors,
  weightsToSafetensors,
  type ImportError
} from '@core/export'

/** A safetensors file from a header (object or raw text) and the data bytes. */
function file(header: unknown, data: Uint8Array): Uint8Array {
  const text = typeof header === 'string' ? header : JSON.stringify(header)
  const headerBytes = new TextEncoder().encode(text)
  const bytes = new Uint8Array(8 + headerBytes.length + data.length)
  new DataView(bytes.buffer).setBigUint64(0, BigInt(headerBytes.length), true)
  bytes.set(headerBytes, 8)
  bytes.set(data, 8 + headerBytes.length)
  return bytes
}

const f32 = (...values: number[]): Uint8Array => new Uint8Array(Float32Array.from(values).buffer)

/** Two weights and a bias, F32, as weightsToSafetensors writes them (without metadata). */
const tensors = {
  'linear.weight': { dtype: 'F32', shape: [1, 2], data_offsets: [0, 8] },
  'linear.bias': { dtype: 'F32', shape: [1], data_offsets: [8, 12] }
}
const data = f32(1.5, -2.25, 0.125)

function withTensor(name: keyof typeof tensors, entry: Record<string, unknown>): unknown {
  return { ...tensors, [name]: { ...tensors[name], ...entry } }
}

function refusal(bytes: Uint8Array): ImportError {
  const result = parseSafetensors(bytes)
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.weights)}`)
  return result.error
}

describe('parseSafetensors', () => {
  it('reads the two tensors, and features and threshold from __metadata__ when present', () => {
    expect(parseSafetensors(file(tensors, data))).toEqual({
      ok: true,
      weights: { weights: [1.5, -2.25], bias: 0.125 }
    })
    const metadata = { __metadata__: { format: 'pt', features: '["a","b"]', threshold: '0.25' } }
    expect(parseSafetensors(file({ ...tensors, ...metadata }, data))).toEqual({
      ok: true,
      weights: { weights: [1.5, -2.25], bias: 0.125, features: ['a', 'b'], threshold: 0.25 }
    })
    // the bias first in the data, F64 weights: offsets decide, not the order
    const swapped = {
      'linear.bias': { dtype: 'F32', shape: [1], data_offsets: [0, 4] },
      'linear.weight': { dtype: 'F64', shape: [1, 2], data_offsets: [4, 20] }
    }
    const bytes = new Uint8Array(20)
    const view = new DataView(bytes.buffer)
    view.setFloat32(0, 0.5, true)
    view.setFloat64(4, 0.1, true)
    view.setFloat64(12, -0.2, true)
    expect(parseSafetensors(file(swapped, bytes))).toEqual({
      ok: true,
      weights: { weights: [0.1, -0.2], bias: 0.5 }
    })
  })

  it.each([
    [
      'a file shorter than the length prefix',
      new Uint8Array(5),
      { code: 'truncated', actual: 5, expected: 8 }
    ],
    [
      'a header length past the end',
      file(tensors, data).subarray(0, 40),
      { code: 'headerLength', value: String(JSON.stringify(tensors).length), actual: 32 }
    ],
    [
      'a header that is not UTF-8',
      file('{"a":1}', data).map((b, i) => (i === 9 ? 0xff : b)),
      { code: 'notUtf8', field: 'header' }
    ],
    ['a header that is not JSON', file('{linear}', data), { code: 'syntax', field: 'header' }],
    ['a header that is a list', file('[]', data), { code: 'notAnObject', field: 'header' }],
    [
      'another tensor',
      file({ ...tensors, 'linear2.weight': tensors['linear.bias'] }, data),
      { code: 'unknownField', field: 'linear2.weight' }
    ],
    [
      'no bias',
      file({ 'linear.weight': tensors['linear.weight'] }, data.subarray(0, 8)),
      { code: 'missingField', field: 'linear.bias' }
    ],
    [
      'a tensor entry that is not an object',
      file({ ...tensors, 'linear.bias': 'F32' }, data),
      { code: 'notAnObject', field: 'linear.bias' }
    ],
    [
      'an unknown key in a tensor entry',
      file(withTensor('linear.bias', { strides: [1] }), data),
      { code: 'unknownField', field: 'linear.bias.strides' }
    ],
    [
      'a tensor without its dtype',
      file({ ...tensors, 'linear.bias': { shape: [1], data_offsets: [8, 12] } }, data),
      { code: 'missingField', field: 'linear.bias.dtype' }
    ],
    [
      'an F16 tensor',
      file(withTensor('linear.weight', { dtype: 'F16' }), data),
      { code: 'dtype', field: 'linear.weight.dtype', value: 'F16' }
    ],
    [
      'a weight of shape [2]',
      file(withTensor('linear.weight', { shape: [2] }), data),
      { code: 'shape', field: 'linear.weight.shape', value: '[2]' }
    ],
    [
      'a weight of shape [2, 1]',
      file(withTensor('linear.weight', { shape: [2, 1] }), data),
      { code: 'shape', field: 'linear.weight.shape', value: '[2,1]' }
    ],
    [
      'a bias of shape [1, 1]',
      file(withTensor('linear.bias', { shape: [1, 1] }), data),
      { code: 'shape', field: 'linear.bias.shape', value: '[1,1]' }
    ],
    [
      'a weight of shape [1, 0]',
      file(withTensor('linear.weight', { shape: [1, 0], data_offsets: [0, 0] }), data.subarray(8)),
      { code: 'noWeights', field: 'linear.weight.shape' }
    ],
    [
      'a weight of shape [1, 5000]',
      file(withTensor('linear.weight', { shape: [1, 5000] }), data),
      { code: 'tooManyWeights', field: 'linear.weight.shape', actual: 5000, limit: 4096 }
    ],
    [
      'offsets past the data',
      file(withTensor('linear.bias', { data_offsets: [8, 16] }), data),
      { code: 'offsets', field: 'linear.bias.data_offsets', value: '[8,16]' }
    ],
    [
      'offsets that do not fit the shape',
      file(withTensor('linear.weight', { data_offsets: [0, 12] }), data),
      { code: 'offsets', field: 'linear.weight.data_offsets', value: '[0,12]' }
    ],
    [
      'reversed offsets',
      file(withTensor('linear.bias', { data_offsets: [12, 8] }), data),
      { code: 'offsets', field: 'linear.bias.data_offsets', value: '[12,8]' }
    ],
    [
      'fractional offsets',
      file(withTensor('linear.bias', { data_offsets: [8.5, 12.5] }), data),
      { code: 'offsets', field: 'linear.bias.data_offsets', value: '[8.5,12.5]' }
    ],
    [
      'overlapping tensors',
      file(withTensor('linear.bias', { data_offsets: [4, 8] }), data),
      { code: 'overlap', field: 'linear.bias.data_offsets' }
    ],
    [
      'a byte between the tensors',
      file(withTensor('linear.bias', { data_offsets: [9, 13] }), f32(1, 2, 3, 4)),
      { code: 'uncoveredData', actual: 8 }
    ],
    [
      'bytes after the tensors',
      file(tensors, f32(1.5, -2.25, 0.125, 7)),
      { code: 'uncoveredData', actual: 12 }
    ],
    [
      'a NaN weight',
      file(tensors, f32(1.5, Number.NaN, 0.125)),
      { code: 'nonFinite', field: 'linear.weight[1]' }
    ],
    [
      'an infinite bias',
      file(tensors, f32(1.5, 2, -Infinity)),
      { code: 'nonFinite', field: 'linear.bias' }
    ],
    [
      'metadata that is not an object',
      file({ ...tensors, __metadata__: [] }, data),
      { code: 'notAnObject', field: '__metadata__' }
    ],
    [
      'a metadata value that is not a string',
      file({ ...tensors, __metadata__: { threshold: 0.5 } }, data),
      { code: 'notAString', field: '__metadata__.threshold' }
    ],
    [
      'feature names that are not JSON',
      file({ ...tensors, __metadata__: { features: 'x1,x2' } }, data),
      { code: 'syntax', field: '__metadata__.features' }
    ],
    [
      'one feature name for two weights',
      file({ ...tensors, __metadata__: { features: '["x1"]' } }, data),
      { code: 'count', field: '__metadata__.features', actual: 1, expected: 2 }
    ],
    [
      'a threshold that is not a number',
      file({ ...tensors, __metadata__: { threshold: '0x1' } }, data),
      { code: 'notANumber', field: '__metadata__.threshold', value: '0x1' }
    ],
    [
      'a threshold above 1',
      file({ ...tensors, __metadata__: { threshold: '2' } }, data),
      { code: 'threshold', field: '__metadata__.threshold', value: '2' }
    ]
  ])('refuses %s', (_, bytes, error) => {
    expect(refusal(bytes)).toEqual(error)
  })

  it('refuses a file larger than the cap', () => {
    expect(refusal(new Uint8Array(8 * 1024 * 1024 + 1))).toMatchObject({ code: 'tooLarge' })
  })

  it('reads a view into a larger buffer (a file slice) at its own offset', () => {
    const bytes = file(tensors, data)
    const padded = new Uint8Array(bytes.length + 3)
    padded.set(bytes, 3)
    expect(parseSafetensors(padded.subarray(3))).toMatchObject({
      ok: true,
      weights: { bias: 0.125 }
    })
  })

  it('never throws, whatever the bytes, and returns only known codes (fuzz)', () => {
    const codes = new Set<string>(IMPORT_ERROR_CODES)
    const model = { featureNames: ['a', 'b', 'c'], weights: [1, -2, 3], bias: 0.5, threshold: 0.5 }
    const valid = weightsToSafetensors(model)
    const check = (bytes: Uint8Array): void => {
      const result = parseSafetensors(bytes)
      if (!result.ok) {
        expect(codes.has(result.error.code)).toBe(true)
        expect(describeImportError(result.error)).not.toContain('undefined')
        return
      }
      const { weights, bias, features } = result.weights
      expect(weights.every(Number.isFinite) && Number.isFinite(bias)).toBe(true)
      if (features) expect(features).toHaveLength(weights.length)
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), check), { numRuns: 500 })
    // the valid file with some bytes changed, or cut short
    const edits = fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 4
    })
    fc.assert(
      fc.property(edits, fc.nat(valid.length), (changes, cut) => {
        const bytes = valid.slice()
        for (const [at, value] of changes) bytes[at] = value
        check(bytes)
        check(valid.subarray(0, cut))
      }),
      { numRuns: 1000 }
    )
    // any JSON header over the valid data
    const dataStart = 8 + Number(new DataView(valid.buffer).getBigUint64(0, true))
    fc.assert(
      fc.property(fc.jsonValue(), (header) => check(file(header, valid.subarray(dataStart)))),
      { numRuns: 500 }
    )
  })
})
