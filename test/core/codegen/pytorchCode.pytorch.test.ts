// The generated code, run by the real PyTorch 1.13, prints what Logit Lab prints: for the toy
// and diabetes data, zeros and torch inits (several seeds), SGD with momentum, dampening,
// nesterov and weight decay, Adam with non-default betas, eps and weight decay, full batch and
// mini-batches, in both of the lab's styles. Lines are compared as text; where one differs, each
// differing number must be within float32's reach of our full-precision value (printedLines.ts),
// and the counts of exact and near lines are printed. Without PyTorch every test fails.
import { afterAll, describe, expect, it } from 'vitest'
import {
  defaultAdam,
  defaultSgd,
  labConfig,
  pytorchCode,
  toyDataset,
  type AdamConfig,
  type Dataset,
  type PytorchCodeStyle,
  type SgdConfig,
  type TrainingConfig
} from '@core'
import { diabetesDataset } from '../../support/diabetes'
import {
  appLines,
  compareLine,
  type AppLine,
  type LineComparison,
  type Verdict
} from '../../support/printedLines'
import { runPythonScripts } from '../../support/pythonScripts'

const sgd = (options: Partial<SgdConfig>): SgdConfig => ({ ...defaultSgd, ...options })
const adam = (options: Partial<AdamConfig>): AdamConfig => ({ ...defaultAdam, ...options })

interface Case {
  name: string
  data: 'toy' | 'diabetes' | 'toyConstant'
  config: TrainingConfig
  logAccuracy: boolean
}

/** The toy data with a third column of one value: standardization leaves it as it is. */
function toyWithConstantColumn(): Dataset {
  const toy = toyDataset()
  const x = new Float64Array(toy.rows * 3)
  for (let i = 0; i < toy.rows; i++) x.set([toy.x[i * 2], toy.x[i * 2 + 1], 0.1], i * 3)
  return { ...toy, cols: 3, x, featureNames: [...toy.featureNames, 'x3'] }
}

const datasets: Record<Case['data'], Dataset> = {
  toy: toyDataset(),
  diabetes: diabetesDataset(),
  toyConstant: toyWithConstantColumn()
}

function run(
  data: Case['data'],
  name: string,
  settings: Partial<TrainingConfig>,
  logAccuracy = false
): Case {
  return { name: `${data}: ${name}`, data, config: { ...labConfig, ...settings }, logAccuracy }
}

const cases: Case[] = [
  run('toy', 'the lab (zeros, SGD lr 1, 1000 epochs)', {}),
  run(
    'toy',
    'torch seed 1, SGD lr 1, accuracy',
    { init: 'torch', epochs: 100, logEvery: 10 },
    true
  ),
  run('toy', 'torch seed 7, SGD lr 0.1 momentum 0.9', {
    init: 'torch',
    seed: 7,
    epochs: 300,
    logEvery: 20,
    optimizer: sgd({ lr: 0.1, momentum: 0.9 })
  }),
  run('toy', 'torch seed 42, SGD nesterov', {
    init: 'torch',
    seed: 42,
    epochs: 200,
    logEvery: 10,
    optimizer: sgd({ lr: 0.5, momentum: 0.9, nesterov: true })
  }),
  run(
    'toy',
    'zeros, SGD momentum 0.5 dampening 0.5, threshold 0.3',
    {
      epochs: 200,
      logEvery: 10,
      threshold: 0.3,
      optimizer: sgd({ lr: 1, momentum: 0.5, dampening: 0.5 })
    },
    true
  ),
  run('toy', 'torch seed 3, SGD weight decay 0.01', {
    init: 'torch',
    seed: 3,
    epochs: 300,
    logEvery: 25,
    optimizer: sgd({ lr: 1, weightDecay: 0.01 })
  }),
  run('toy', 'zeros, Adam lr 0.1', { epochs: 300, logEvery: 20, optimizer: adam({ lr: 0.1 }) }),
  run(
    'toy',
    'torch seed 5, Adam betas (0.8, 0.99) weight decay 0.1',
    {
      init: 'torch',
      seed: 5,
      epochs: 300,
      logEvery: 20,
      optimizer: adam({ lr: 0.01, beta1: 0.8, beta2: 0.99, weightDecay: 0.1 })
    },
    true
  ),
  run('toy', 'torch seed 123, Adam eps 1e-6', {
    init: 'torch',
    seed: 123,
    epochs: 200,
    logEvery: 10,
    optimizer: adam({ lr: 0.05, eps: 1e-6 })
  }),
  run(
    'toy',
    'torch seed 3, SGD lr 0.5, mini-batches of 4',
    {
      init: 'torch',
      seed: 3,
      epochs: 200,
      logEvery: 10,
      batchSize: 4,
      optimizer: sgd({ lr: 0.5 })
    },
    true
  ),
  run('toy', 'zeros seed 9, Adam lr 0.1, mini-batches of 2', {
    seed: 9,
    epochs: 100,
    logEvery: 5,
    batchSize: 2,
    optimizer: adam({ lr: 0.1 })
  }),
  run('diabetes', 'the lab (zeros, SGD lr 1, 100 epochs)', { epochs: 100, logEvery: 10 }),
  run(
    'diabetes',
    'the lab with nn.Module (torch seed 1, accuracy)',
    {
      init: 'torch',
      epochs: 100,
      logEvery: 10
    },
    true
  ),
  run('diabetes', 'torch seed 2, SGD lr 0.3 momentum 0.9', {
    init: 'torch',
    seed: 2,
    epochs: 150,
    logEvery: 10,
    optimizer: sgd({ lr: 0.3, momentum: 0.9 })
  }),
  run('diabetes', 'torch seed 99, SGD nesterov', {
    init: 'torch',
    seed: 99,
    epochs: 150,
    logEvery: 10,
    optimizer: sgd({ lr: 0.2, momentum: 0.9, nesterov: true })
  }),
  run(
    'diabetes',
    'torch seed 8, SGD momentum 0.5 dampening 0.1 weight decay 0.001',
    {
      init: 'torch',
      seed: 8,
      epochs: 100,
      logEvery: 10,
      optimizer: sgd({ lr: 1, momentum: 0.5, dampening: 0.1, weightDecay: 0.001 })
    },
    true
  ),
  run('diabetes', 'zeros, Adam (all defaults)', { epochs: 150, logEvery: 10, optimizer: adam({}) }),
  run(
    'diabetes',
    'torch seed 6, Adam betas (0.85, 0.995) eps 1e-7 weight decay 0.01',
    {
      init: 'torch',
      seed: 6,
      epochs: 150,
      logEvery: 10,
      optimizer: adam({ lr: 0.02, beta1: 0.85, beta2: 0.995, eps: 1e-7, weightDecay: 0.01 })
    },
    true
  ),
  run(
    'diabetes',
    'torch seed 4, SGD lr 0.1, mini-batches of 64',
    {
      init: 'torch',
      seed: 4,
      epochs: 20,
      logEvery: 2,
      batchSize: 64,
      optimizer: sgd({ lr: 0.1 })
    },
    true
  ),
  run('diabetes', 'zeros seed 11, Adam lr 0.01, mini-batches of 100', {
    seed: 11,
    epochs: 20,
    logEvery: 2,
    batchSize: 100,
    optimizer: adam({ lr: 0.01 })
  }),
  // Standardized features (src/core/standardize.ts): the code computes mu and sigma with torch.
  run('toy', 'standardized, the lab (zeros, SGD lr 1)', { standardize: true }, true),
  run('toyConstant', 'standardized with a constant column, torch seed 2, SGD momentum 0.9', {
    standardize: true,
    init: 'torch',
    seed: 2,
    epochs: 200,
    logEvery: 10,
    optimizer: sgd({ lr: 0.1, momentum: 0.9 })
  }),
  run(
    'diabetes',
    'standardized, torch seed 1, Adam lr 0.05',
    { standardize: true, init: 'torch', epochs: 150, logEvery: 10, optimizer: adam({ lr: 0.05 }) },
    true
  ),
  // Deliberate mistakes (src/core/mistakes.ts): the code has the mistaken line, PyTorch runs it.
  run('toy', 'mistake: no clamp on the log (the lab otherwise)', {
    mistakes: { forgetZeroGrad: false, loss: 'unclampedLog' }
  }),
  run(
    'toy',
    'mistake: no zero_grad, torch seed 3, SGD lr 0.1, mini-batches of 2',
    {
      init: 'torch',
      seed: 3,
      epochs: 60,
      logEvery: 5,
      batchSize: 2,
      optimizer: sgd({ lr: 0.1 }),
      mistakes: { forgetZeroGrad: true, loss: 'bce' }
    },
    true
  ),
  run(
    'diabetes',
    'mistake: MSE, torch seed 1',
    { init: 'torch', epochs: 100, logEvery: 10, mistakes: { forgetZeroGrad: false, loss: 'mse' } },
    true
  ),
  run('diabetes', 'mistakes: MSE and no zero_grad, Adam lr 0.01, mini-batches of 100', {
    seed: 5,
    epochs: 20,
    logEvery: 2,
    batchSize: 100,
    optimizer: adam({ lr: 0.01 }),
    mistakes: { forgetZeroGrad: true, loss: 'mse' }
  })
]

const styles: PytorchCodeStyle[] = ['low-level', 'module']
const scripts = cases.flatMap((c) =>
  styles.map((style) => ({
    name: `${c.name} [${style}]`,
    code: pytorchCode(datasets[c.data], c.config, { style, logAccuracy: c.logAccuracy }),
    expected: appLines(datasets[c.data], c.config, c.logAccuracy)
  }))
)

// Run once, by the first test that needs it; an error (no PyTorch) fails every test.
let printed: string[][] | Error | null = null
function torchOutput(index: number): string[] {
  if (printed === null) {
    try {
      printed = runPythonScripts(scripts.map((s) => s.code)).outputs.map((out) =>
        out.replace(/\n$/, '').split('\n')
      )
    } catch (error) {
      printed = error instanceof Error ? error : new Error(String(error))
    }
  }
  if (printed instanceof Error) throw printed
  return printed[index]
}

// Every line of every script compared once, whichever test asks first: the tests read these
// results rather than filling a tally as they go, so they pass in any order (--sequence.shuffle).
let compared: LineComparison[][] | null = null
function comparisons(): LineComparison[][] {
  compared ??= scripts.map(({ expected }, index) => {
    const lines = torchOutput(index)
    return expected.map((ours: AppLine, k) => compareLine(lines[k] ?? '', ours))
  })
  return compared
}

function compareScript(index: number): void {
  const lines = torchOutput(index)
  expect(lines).toHaveLength(scripts[index].expected.length)
  comparisons()[index].forEach((result, k) =>
    expect(result.reason, `line ${k + 1}: ${lines[k].slice(0, 80)}`).toBeUndefined()
  )
}

function tally(): { counts: Record<Verdict, number>; near: string[] } {
  const counts: Record<Verdict, number> = { exact: 0, lastDigit: 0, withinTolerance: 0 }
  const near: string[] = []
  comparisons().forEach((results, index) => {
    const lines = torchOutput(index)
    results.forEach((result, k) => {
      if (result.verdict === 'different') return
      counts[result.verdict]++
      if (result.verdict !== 'exact')
        near.push(`${scripts[index].name}, line ${k + 1}: ${lines[k].slice(0, 60)}`)
    })
  })
  return { counts, near }
}

afterAll(() => {
  if (printed instanceof Error || printed === null) return
  const { counts, near } = tally()
  const total = counts.exact + counts.lastDigit + counts.withinTolerance
  console.log(
    `${scripts.length} scripts, ${total} lines: ${counts.exact} exact, ${counts.lastDigit} with a ` +
      `last digit off by one, ${counts.withinTolerance} further off within the tolerance\n` +
      near.join('\n')
  )
})

describe('the generated PyTorch code, run by PyTorch, prints what Logit Lab prints', () => {
  it.each(scripts.map((s, index) => ({ name: s.name, index })))('$name', ({ index }) =>
    compareScript(index)
  )

  // A rounding boundary is rarely within float32's reach of a printed number: on this matrix 97%
  // of the lines are exact. Far fewer would mean our numbers drifted from PyTorch's, even if each
  // stayed in tolerance. Every line must be within it (the scripts' tests say which is not).
  it('prints at least 95% of all lines exactly', () => {
    const { counts } = tally()
    const total = counts.exact + counts.lastDigit + counts.withinTolerance
    expect(total).toBe(scripts.reduce((sum, s) => sum + s.expected.length, 0))
    expect(counts.exact / total).toBeGreaterThanOrEqual(0.95)
  })
})
