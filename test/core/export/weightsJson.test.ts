// Weights JSON: exactly the documented object, numbers exact, read back by parseWeightsJson.
import { describe, expect, it } from 'vitest'
import { WEIGHTS_FORMAT, parseWeightsJson, weightsToJson } from '@core/export'
import { trainedCases } from '../../support/exportModels'

describe('weightsToJson', () => {
  it("writes the lab's toy model as the format's one object: weights about [3.2530, 1.5179], bias about -14.4819", () => {
    const { model } = trainedCases()[0]
    const text = weightsToJson(model)
    expect(text.endsWith('}\n')).toBe(true)
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'features',
      'weight',
      'bias',
      'threshold'
    ])
    expect(text).toMatch(
      /^\{"format":"logit-lab\/weights@1","features":\["x1","x2"\],"weight":\[3\.2529\d+,1\.5178\d+\],"bias":-14\.4818\d+,"threshold":0\.5\}\n$/
    )
  })

  for (const { name, model } of trainedCases()) {
    it(`keeps every number of the ${name} model exactly (read back by parseWeightsJson)`, () => {
      const parsed = parseWeightsJson(weightsToJson(model))
      expect(parsed).toEqual({
        ok: true,
        weights: {
          features: [...model.featureNames],
          weights: [...model.weights],
          bias: model.bias,
          threshold: model.threshold
        }
      })
    })
  }

  it('refuses a model it cannot write (a diverged run: a non-finite weight)', () => {
    const { model } = trainedCases()[0]
    expect(() => weightsToJson({ ...model, weights: [Infinity, 1] })).toThrow(RangeError)
    expect(WEIGHTS_FORMAT).toBe('logit-lab/weights@1')
  })
})
