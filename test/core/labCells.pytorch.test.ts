// The Lab view's cost cells against the real PyTorch 1.13: the notebook's own expressions
// (torch.exp, torch.sigmoid, the hypothesis by formula and by sigmoid, the losses by formula,
// their mean, F.binary_cross_entropy) run on the same data and weights, nan and inf included.
// The weights are float32 numbers, so PyTorch's float32 tensors hold them exactly.
import { describe, expect, it } from 'vitest'
import { Trainer, labCells, labConfig, toyDataset, type Dataset } from '@core'
import { datasetRows, diabetesDataset } from '../support/diabetes'
import { runPython } from '../support/python'

const SCRIPT = `
import json, sys, math
import torch
import torch.nn.functional as F
cases = json.load(sys.stdin)
def plain(t):
    return [v if math.isfinite(v) else repr(v) for v in t.view(-1).tolist()]
out = []
for case in cases:
    x_train = torch.FloatTensor(case['x'])
    y_train = torch.FloatTensor(case['y']).view(-1, 1)
    W = torch.FloatTensor(case['w']).view(-1, 1)
    b = torch.FloatTensor([case['b']])
    formula = 1 / (1 + torch.exp(-(x_train.matmul(W) + b)))
    hypothesis = torch.sigmoid(x_train.matmul(W) + b)
    losses = -(y_train * torch.log(hypothesis) + (1 - y_train) * torch.log(1 - hypothesis))
    out.append({
        'exp1': torch.exp(torch.FloatTensor([1])).item(),
        'sigmoid1': torch.sigmoid(torch.FloatTensor([1])).item(),
        'formula': plain(formula),
        'hypothesis': plain(hypothesis),
        'losses': plain(losses),
        'mean': plain(losses.mean().view(1))[0],
        'bce': F.binary_cross_entropy(hypothesis, y_train).item(),
        'bceRows': plain(F.binary_cross_entropy(hypothesis, y_train, reduction='none')),
    })
print(json.dumps(out))
`

interface Case {
  name: string
  dataset: Dataset
  weights: number[]
  bias: number
}

interface TorchValues {
  exp1: number
  sigmoid1: number
  formula: (number | string)[]
  hypothesis: (number | string)[]
  losses: (number | string)[]
  mean: number | string
  bce: number
  bceRows: (number | string)[]
}

const f32 = Math.fround
const fromPython = (value: number | string): number =>
  typeof value === 'number' ? value : Number(value.replace('inf', 'Infinity'))

/** The trainer's weights after `epochs`, rounded to float32 (what PyTorch would hold). */
function trained(dataset: Dataset, epochs: number): { weights: number[]; bias: number } {
  const trainer = Trainer.start(dataset, labConfig)
  trainer.run(epochs, () => {})
  return { weights: trainer.weights.map(f32), bias: f32(trainer.bias) }
}

const toy = toyDataset()
const diabetes = diabetesDataset()
const cases: Case[] = [
  { name: 'toy, zero weights', dataset: toy, weights: [0, 0], bias: 0 },
  { name: 'toy after 100 epochs', dataset: toy, ...trained(toy, 100) },
  { name: 'toy after 1000 epochs', dataset: toy, ...trained(toy, 1000) },
  { name: 'toy saturated: H exactly 0 and 1', dataset: toy, weights: [40, 0], bias: -140 },
  { name: 'toy confidently wrong', dataset: toy, weights: [-40, 0], bias: 140 },
  { name: 'diabetes after 50 epochs', dataset: diabetes, ...trained(diabetes, 50) }
]

/** Equal as PyTorch's float32 results go: nan with nan, inf with inf, else within `tolerance`. */
function expectSame(actual: number, expected: number, tolerance: number, what: string): void {
  if (!Number.isFinite(expected)) {
    expect(
      Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)),
      what
    ).toBe(true)
    return
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  )
}

describe('labCells against PyTorch 1.13', () => {
  const input = cases.map(({ dataset, weights, bias }) => {
    const { x, y } = datasetRows(dataset)
    return { x, y, w: weights, b: bias }
  })
  const torch = JSON.parse(
    runPython(['-c', SCRIPT], { input: JSON.stringify(input) }).stdout
  ) as TorchValues[]

  it.each(cases.map((testCase, i) => [testCase.name, i] as const))(
    '%s: the hypothesis both ways, the losses, their mean and F.binary_cross_entropy',
    (_name, i) => {
      const { dataset, weights, bias } = cases[i]
      const reference = torch[i]
      const cells = labCells({ dataset, weights, bias, config: labConfig, shownRows: 1e9 })
      expect(cells.exp1).toBe(reference.exp1)
      expect(cells.sigmoid1).toBe(reference.sigmoid1)
      cells.rows.forEach((row, r) => {
        // H(x) within a float32 ulp or two: PyTorch's z is a float32 sum, the trainer's a double
        expectSame(row.formula, fromPython(reference.formula[r]), 3e-7, `formula, row ${r}`)
        expectSame(row.hypothesis, fromPython(reference.hypothesis[r]), 3e-7, `H, row ${r}`)
        expectSame(row.loss, fromPython(reference.losses[r]), 2e-6, `loss, row ${r}`)
        expectSame(row.clampedLoss, fromPython(reference.bceRows[r]), 2e-6, `bce, row ${r}`)
      })
      expectSame(cells.costs.element, fromPython(reference.losses[0]), 2e-6, 'element')
      expectSame(cells.costs.mean, fromPython(reference.mean), 2e-6, 'mean')
      expectSame(cells.costs.bce, reference.bce, 2e-6, 'F.binary_cross_entropy')
      const torchAgree =
        Number.isFinite(fromPython(reference.mean)) &&
        Math.abs(fromPython(reference.mean) - reference.bce) <= 1e-6 * Math.max(1, reference.bce)
      expect(cells.costs.agree).toBe(torchAgree)
    }
  )
})
