// The .safetensors writer, byte by byte against the format (huggingface/safetensors): the 8-byte
// little-endian header length, a JSON header padded with spaces to a multiple of 8, then the
// weights and the bias little-endian at the offsets the header gives. (PyTorch loading these
// files through the script's reader is checked in pytorchScript.test.ts.)
import { describe, expect, it } from 'vitest'
import { parseSafetensors, weightsToSafetensors } from '@core/export'
import { trainedCases } from '../../support/exportModels'

function layout(bytes: Uint8Array): {
  header: Record<string, unknown>
  text: string
  data: DataView
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const length = Number(view.getBigUint64(0, true))
  const text = new TextDecoder().decode(bytes.subarray(8, 8 + length))
  const data = new DataView(bytes.buffer, bytes.byteOffset + 8 + length)
  return { header: JSON.parse(text) as Record<string, unknown>, text, data }
}

describe('weightsToSafetensors', () => {
  it("writes the toy model's state dict as F32: header, padding, data", () => {
    const { model } = trainedCases()[0]
    const bytes = weightsToSafetensors(model)
    const { header, text, data } = layout(bytes)
    expect((8 + text.length) % 8).toBe(0)
    // the JSON, then fewer than 8 spaces
    const json = JSON.stringify(header)
    expect(text).toBe(json.padEnd(text.length, ' '))
    expect(text.length - json.length).toBeLessThan(8)
    expect(header).toEqual({
      'linear.weight': { dtype: 'F32', shape: [1, 2], data_offsets: [0, 8] },
      'linear.bias': { dtype: 'F32', shape: [1], data_offsets: [8, 12] },
      __metadata__: {
        format: 'pt',
        producer: 'Logit Lab',
        features: '["x1","x2"]',
        threshold: '0.5'
      }
    })
    expect(data.byteLength).toBe(12)
    expect([data.getFloat32(0, true), data.getFloat32(4, true), data.getFloat32(8, true)]).toEqual(
      [...model.weights, model.bias].map(Math.fround)
    )
  })

  it('writes F64 when asked, keeping the float64 weights exactly', () => {
    const { model } = trainedCases()[1]
    const { header, data } = layout(weightsToSafetensors(model, { dtype: 'F64' }))
    expect(header['linear.weight']).toEqual({ dtype: 'F64', shape: [1, 8], data_offsets: [0, 64] })
    expect(header['linear.bias']).toEqual({ dtype: 'F64', shape: [1], data_offsets: [64, 72] })
    const values = Array.from({ length: 9 }, (_, k) => data.getFloat64(8 * k, true))
    expect(values).toEqual([...model.weights, model.bias])
  })

  it('pads a header holding non-ASCII names by bytes, not characters', () => {
    const model = { featureNames: ['공부시간', '실습'], weights: [1, 2], bias: 3, threshold: 0.5 }
    const bytes = weightsToSafetensors(model)
    const length = Number(new DataView(bytes.buffer).getBigUint64(0, true))
    expect(length % 8).toBe(0)
    expect(parseSafetensors(bytes)).toMatchObject({
      ok: true,
      weights: { features: ['공부시간', '실습'] }
    })
  })

  for (const { name, model } of trainedCases()) {
    it(`reads the ${name} model back: F32 as the float32 weights, F64 exactly`, () => {
      const expected = {
        features: [...model.featureNames],
        threshold: model.threshold
      }
      expect(parseSafetensors(weightsToSafetensors(model))).toEqual({
        ok: true,
        weights: {
          ...expected,
          weights: model.weights.map(Math.fround),
          bias: Math.fround(model.bias)
        }
      })
      expect(parseSafetensors(weightsToSafetensors(model, { dtype: 'F64' }))).toEqual({
        ok: true,
        weights: { ...expected, weights: [...model.weights], bias: model.bias }
      })
    })
  }
})
