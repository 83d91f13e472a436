// One entry for either kind of weights file, whether imported weights fit the data, and the
// CLI's sentences for every error.
import { describe, expect, it } from 'vitest'
import {
  IMPORT_ERROR_CODES,
  describeImportError,
  describeWeightsFitIssue,
  importWeightsFile,
  weightsFileKind,
  weightsFitIssues,
  weightsToJson,
  weightsToSafetensors,
  type ImportErrorCode
} from '@core/export'
import { trainedCases } from '../../support/exportModels'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('importWeightsFile', () => {
  for (const { name, model } of trainedCases()) {
    it(`reads back the ${name} model from weights JSON and from .safetensors, by content alone`, () => {
      const json = utf8(weightsToJson(model))
      const safetensors = weightsToSafetensors(model, { dtype: 'F64' })
      expect(weightsFileKind(json)).toBe('json')
      expect(weightsFileKind(safetensors)).toBe('safetensors')
      const expected = {
        ok: true,
        weights: {
          features: [...model.featureNames],
          weights: [...model.weights],
          bias: model.bias,
          threshold: model.threshold
        }
      }
      expect(importWeightsFile(json)).toEqual(expected)
      expect(importWeightsFile(safetensors)).toEqual(expected)
    })
  }

  it("believes the file name's extension over the content", () => {
    const json = utf8('{"format":"logit-lab/weights@1","weight":[1],"bias":0}')
    expect(weightsFileKind(json, 'model.SAFETENSORS')).toBe('safetensors')
    expect(importWeightsFile(json, 'model.safetensors')).toMatchObject({
      ok: false,
      error: { code: 'headerLength' }
    })
    expect(weightsFileKind(new Uint8Array(16), 'weights.json')).toBe('json')
  })

  it('refuses JSON that is not UTF-8, and files over the cap', () => {
    expect(importWeightsFile(Uint8Array.of(0x7b, 0xff, 0x7d))).toEqual({
      ok: false,
      error: { code: 'notUtf8' }
    })
    expect(importWeightsFile(new Uint8Array(8 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      error: { code: 'tooLarge', actual: 8 * 1024 * 1024 + 1 }
    })
  })
})

describe('weightsFitIssues', () => {
  const imported = { features: ['x1', 'x2'], weights: [1, 2], bias: 0 }

  it('is empty when the weights match the features one for one, names and all', () => {
    expect(weightsFitIssues(imported, ['x1', 'x2'])).toEqual([])
    expect(weightsFitIssues({ weights: [1, 2], bias: 0 }, ['a', 'b'])).toEqual([])
  })

  it('is an error for another number of features, a warning for another name', () => {
    const count = weightsFitIssues(imported, ['x1', 'x2', 'x3'])
    expect(count).toEqual([{ code: 'featureCount', severity: 'error', actual: 2, expected: 3 }])
    expect(describeWeightsFitIssue(count[0])).toBe(
      'the file has 2 weights but the data has 3 features'
    )
    const name = weightsFitIssues(imported, ['x1', 'lab hours'])
    expect(name).toEqual([
      { code: 'featureName', severity: 'warning', index: 1, actual: 'x2', expected: 'lab hours' }
    ])
    expect(describeWeightsFitIssue(name[0])).toBe(
      'feature 2 is "x2" in the file but "lab hours" in the data'
    )
  })
})

describe('describeImportError', () => {
  it('has a sentence for every code', () => {
    const sentences = IMPORT_ERROR_CODES.map((code: ImportErrorCode) =>
      describeImportError({ code, field: 'f', value: 'v', actual: 1, expected: 2, limit: 3 })
    )
    for (const sentence of sentences) expect(sentence).toMatch(/^\S.*\S$/)
    expect(new Set(sentences).size).toBe(IMPORT_ERROR_CODES.length)
  })

  it('names the field and the value', () => {
    expect(describeImportError({ code: 'notANumber', field: 'weight[1]', value: '1.5' })).toBe(
      'weight[1]: expected a number, got "1.5"'
    )
    expect(describeImportError({ code: 'shape', field: 'linear.bias.shape', value: '[1,1]' })).toBe(
      'linear.bias.shape: the shape [1,1] is not [1]'
    )
  })
})
