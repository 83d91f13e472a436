// The scikit-learn script, run by Debian's python3-sklearn: predict_proba equals the app's H(x)
// and the accuracy at the model's threshold equals the app's.
//
// Within 1e-6, not exactly: scikit-learn computes z and the sigmoid in float64 from the exact
// float64 weights, while the app's H(x) is PyTorch's float32 sigmoid (kernel.ts), which rounds
// 1 + exp(-z) to float32 and then the quotient: together at most about 9e-8 from the float64
// sigmoid (relative 2^-24 twice). Measured: 3.9e-8 on the toy model, 7.7e-8 on the diabetes one.
// The accuracy is equal unless an H(x) lies within that of the threshold (none does here).
import { describe, expect, it } from 'vitest'
import { formatFixed } from '@core'
import { sklearnScript } from '@core/export'
import { trainedCases } from '../../support/exportModels'
import { onFirstUse, runPythonScripts } from '../../support/python'
import { useTempDir } from '../../support/tempDir'

const TOLERANCE = 1e-6

const PROBE = `
import json as probe_json
print('PROBE ' + probe_json.dumps(probabilities.tolist()))
`

const temp = useTempDir('sklearn')
/** What each model's script printed, from one Python run. */
const outputs = onFirstUse(() =>
  runPythonScripts(
    trainedCases().map(({ name, model, dataset }) =>
      temp.write(`${name}_sklearn.py`, sklearnScript(model, dataset) + PROBE)
    )
  )
)

describe('sklearnScript', () => {
  it('sets the fitted attributes of a LogisticRegression from the weights', () => {
    const { model, dataset } = trainedCases()[0]
    const script = sklearnScript(model, dataset)
    expect(script).toContain('model = LogisticRegression()')
    expect(script).toMatch(/model\.coef_ = np\.array\(\[\[3\.2529\d+, 1\.5178\d+\]\]\)/)
    expect(script).toMatch(/model\.intercept_ = np\.array\(\[-14\.4818\d+\]\)/)
    expect(script).toContain('model.classes_ = np.array([0, 1])')
    expect(script).toContain('model.n_features_in_ = 2')
    expect(script).toContain('probabilities = model.predict_proba(X)[:, 1]')
  })

  trainedCases().forEach(({ name, evaluation }, k) => {
    it(`${name}: predict_proba is the app's H(x) within ${TOLERANCE}, the accuracy the app's`, () => {
      const stdout = outputs()[k]
      const probeLine = stdout.split('\n').find((line) => line.startsWith('PROBE ')) as string
      const probabilities = JSON.parse(probeLine.slice('PROBE '.length)) as number[]
      expect(probabilities).toHaveLength(evaluation.probabilities.length)
      const gaps = probabilities.map((p, i) => Math.abs(p - evaluation.probabilities[i]))
      expect(Math.max(...gaps)).toBeLessThanOrEqual(TOLERANCE)
      expect(stdout).toContain(
        `The model has an accuracy of ${formatFixed(evaluation.accuracy * 100, 2)}% for the training set.`
      )
    })
  })
})
