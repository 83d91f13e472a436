// The PyTorch script, run by the system's PyTorch 1.13: load_state_dict accepts the weights
// (PyTorch checks the names and the shapes [1, d] and [1]), the model holds exactly the app's
// float64 weights rounded to float32, and the script prints the app's H(x) at the precision it
// prints and the app's accuracy exactly. The same with the weights in a .safetensors file beside
// the script (F32, and F64 which load_state_dict copies into the float32 model), read by the
// script's own reader.
//
// Why not bit for bit: the script computes z = xW + b in float32 (the lab's model), the app in
// float64 before PyTorch's float32 sigmoid, so H(x) may differ by a few float32 ulps
// (PROBABILITY_GAP below; measured: 1.19e-7, two ulps of [0.5, 1), on both models). Printed at
// torch's precision (4 decimals, or 5 significant digits in scientific notation) that can move a
// last digit only where the value lies that close to a rounding boundary, so each printed number
// must be within half its last digit plus that gap of the app's H(x) (measured: at most 0.4996 of
// the last digit, so no such case here).
import { describe, expect, it } from 'vitest'
import { formatFixed } from '@core'
import { evaluateModel, pytorchScript, weightsToSafetensors } from '@core/export'
import { trainedCases, type TrainedCase } from '../../support/exportModels'
import { printedNumbers, printedTensorBody } from '../../support/printedNumbers'
import { onFirstUse, runPythonScripts } from '../../support/python'
import { useTempDir } from '../../support/tempDir'

/** |H(x) in float32 PyTorch - the app's H(x)|, at most: five ulps of float32 in [0.5, 1). */
const PROBABILITY_GAP = 3e-7

/** Appended to a script: what the model holds and computes, in full precision, as JSON. */
const PROBE = `
import json as probe_json
print('PROBE ' + probe_json.dumps({
    'weight': model.linear.weight.detach().view(-1).tolist(),
    'bias': model.linear.bias.item(),
    'dtype': str(model.linear.weight.dtype),
    'probabilities': hypothesis.detach().view(-1).tolist(),
}))
`

interface Probe {
  weight: number[]
  bias: number
  dtype: string
  probabilities: number[]
}

const temp = useTempDir('pytorch')

const VARIANTS = ['inline', 'F32', 'F64'] as const
type Variant = (typeof VARIANTS)[number]

/** The script file for a model, written beside its .safetensors for the file variants. */
function writeScript(trained: TrainedCase, variant: Variant): string {
  const { name, model, dataset } = trained
  const base = `${name}_${model.threshold}_${variant}`
  let script: string
  if (variant === 'inline') {
    script = pytorchScript(model, dataset)
  } else {
    temp.write(`${base}.safetensors`, weightsToSafetensors(model, { dtype: variant }))
    script = pytorchScript(model, dataset, { safetensorsFile: `${base}.safetensors` })
  }
  return temp.write(`${base}.py`, script + PROBE)
}

interface ScriptRun {
  trained: TrainedCase
  variant: Variant
  stdout: string
  probe: Probe
}

function readRun(trained: TrainedCase, variant: Variant, stdout: string): ScriptRun {
  const probeLine = stdout.split('\n').find((line) => line.startsWith('PROBE ')) as string
  return { trained, variant, stdout, probe: JSON.parse(probeLine.slice('PROBE '.length)) as Probe }
}

/** Every script of every model (and the diabetes model at threshold 0.35), in one Python run. */
function runAll(): ScriptRun[] {
  const diabetes = trainedCases()[1]
  const jobs: [TrainedCase, Variant][] = trainedCases().flatMap((trained) =>
    VARIANTS.map((variant): [TrainedCase, Variant] => [trained, variant])
  )
  jobs.push([{ ...diabetes, model: { ...diabetes.model, threshold: 0.35 } }, 'inline'])
  const outputs = runPythonScripts(jobs.map(([trained, variant]) => writeScript(trained, variant)))
  return jobs.map(([trained, variant], k) => readRun(trained, variant, outputs[k]))
}

const allRuns = onFirstUse(runAll)

const runOf = (name: string, variant: Variant, threshold = 0.5): ScriptRun =>
  allRuns().find(
    (run) =>
      run.trained.name === name &&
      run.variant === variant &&
      run.trained.model.threshold === threshold
  ) as ScriptRun

function accuracyLine(accuracy: number): string {
  return `The model has an accuracy of ${formatFixed(accuracy * 100, 2)}% for the training set.`
}

describe('pytorchScript', () => {
  it("writes the lab's BinaryClassifier and loads the weights with load_state_dict", () => {
    const { model, dataset } = trainedCases()[0]
    const script = pytorchScript(model, dataset)
    expect(script).toContain('class BinaryClassifier(nn.Module):')
    expect(script).toContain(
      '        self.linear = nn.Linear(2, 1)\n        self.sigmoid = nn.Sigmoid()'
    )
    expect(script).toContain('x_train = torch.FloatTensor(x_data)')
    expect(script).toMatch(
      /'linear\.weight': torch\.tensor\(\[\[3\.2529\d+, 1\.5178\d+\]\]\), {2}# shape \[1, 2\]/
    )
    expect(script).toMatch(/'linear\.bias': torch\.tensor\(\[-14\.4818\d+\]\), {2}# shape \[1\]/)
    expect(script).toContain('prediction = hypothesis >= torch.FloatTensor([0.5])')
  })

  for (const trained of trainedCases()) {
    for (const variant of VARIANTS) {
      const how = variant === 'inline' ? 'in the script' : `from a ${variant} .safetensors`
      it(`${trained.name}, weights ${how}: PyTorch prints the app's H(x) and accuracy`, () => {
        const { model, dataset, evaluation } = trained
        const { stdout, probe } = runOf(trained.name, variant)
        // The model holds the app's weights rounded to float32, and is float32 as in the lab
        expect(probe.dtype).toBe('torch.float32')
        expect(probe.weight).toEqual(model.weights.map(Math.fround))
        expect(probe.bias).toBe(Math.fround(model.bias))
        // H(x) as printed (torch's 4 decimals), row by row
        const printed = printedNumbers(printedTensorBody(stdout))
        expect(printed).toHaveLength(dataset.rows)
        printed.forEach((number, i) => {
          const gap = Math.abs(number.value - evaluation.probabilities[i])
          expect(gap, `row ${i}: printed ${number.text}`).toBeLessThanOrEqual(
            number.unit / 2 + PROBABILITY_GAP
          )
        })
        // ... and in full precision
        const gaps = probe.probabilities.map((p, i) => Math.abs(p - evaluation.probabilities[i]))
        expect(Math.max(...gaps)).toBeLessThanOrEqual(PROBABILITY_GAP)
        expect(stdout).toContain(accuracyLine(evaluation.accuracy))
      })
    }
  }

  it('compares with a threshold float32 cannot hold (0.35) in float64, as the app does', () => {
    const { trained, stdout } = runOf('diabetes', 'inline', 0.35)
    const script = pytorchScript(trained.model, trained.dataset)
    expect(script).toContain('prediction = hypothesis >= torch.DoubleTensor([0.35])')
    const app = evaluateModel(trained.model, trained.dataset)
    expect(app.accuracy).not.toBe(trainedCases()[1].evaluation.accuracy)
    expect(stdout).toContain(accuracyLine(app.accuracy))
  })
})
