// Differential test against the real PyTorch 1.13: the same data, init, seed, optimizer and rate
// must give the same cost at every epoch. One Python process computes every reference run, each
// twice: in float32 (the lab as written) and in float64 (the same code in double precision).
//
// float64: PyTorch then does our arithmetic up to the order of its sums (H(x) rounded to float32
// as PyTorch's float32 sigmoid rounds it, as we do: see kernel.ts), so the costs agree to
// ~1e-14 and any semantic slip (dampening on the first momentum step, a missing Adam bias
// correction, weight decay added after momentum) shows up many orders of magnitude above
// TOLERANCE_64.
//
// float32: PyTorch rounds the data to float32 (relative 6e-8), and every pass rounds z, the
// mean over n rows and the update to float32 again; training feeds the differences back epoch
// after epoch. Where the loss surface is gentle the costs agree to ~1e-7 (one float32 ulp of a
// cost near 0.5). The largest gaps come from lr >= 0.5 on the six toy rows, whose first epochs
// swing the cost between 0.4 and 2.7, amplifying rounding: up to 1.3e-5 at epoch 11 of
// "toy, torch seed 3, SGD lr 1, weight decay 0.01" on one machine, 6.7e-6 on "toy, torch seed 1,
// SGD lr 1" on another (float64 PyTorch matches us to 3e-15 on those same runs). Which of these
// chaotic runs shows the largest gap depends on the machine's float32 BLAS, so the test pins the
// kind of run (toy data, SGD at lr >= 0.5), not one seed. On the saturating runs (toy data x3, or lr 10) wrong rows cost exactly 100 in both
// engines and the costs sit near 20-26, where one float32 ulp is 2e-6: gaps reach 3e-5 there,
// about 1.4e-6 of the cost. Hence |ours - torch| <= 1e-5 + 1e-5 |torch|: above float32's reach on
// these runs, below the 6th decimal the lab prints except in those chaotic first epochs.
import { describe, expect, it } from 'vitest'
import {
  Trainer,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  type AdamConfig,
  type Dataset,
  type EpochRecord,
  type SgdConfig,
  type TrainingConfig
} from '@core'
import { datasetRows, diabetesDataset } from '../support/diabetes'
import {
  runPytorchReference,
  type ReferenceResult,
  type ReferenceRun
} from '../support/pytorchReference'
import { syntheticDataset } from '../support/syntheticData'

const TOLERANCE_32 = { abs: 1e-5, rel: 1e-5 }
const TOLERANCE_64 = { abs: 1e-10, rel: 1e-10 }
/** Rows whose H(x) is this close to the threshold in PyTorch may be predicted either way. */
const MARGIN = 1e-4

function firstColumns(dataset: Dataset, features: number): Dataset {
  const x = new Float64Array(dataset.rows * features)
  for (let i = 0; i < dataset.rows; i++) {
    for (let j = 0; j < features; j++) x[i * features + j] = dataset.x[i * dataset.cols + j]
  }
  return { ...dataset, cols: features, x, featureNames: dataset.featureNames.slice(0, features) }
}

/** The toy data with every feature times `factor`: large z, where float32 H(x) saturates. */
function scaled(dataset: Dataset, factor: number): Dataset {
  return { ...dataset, x: dataset.x.map((v) => v * factor) }
}

const datasets: Record<string, Dataset> = {
  toy: toyDataset(),
  toy3: scaled(toyDataset(), 3),
  diabetes: diabetesDataset(),
  diabetes4: firstColumns(diabetesDataset(), 4),
  d1: syntheticDataset(20, 1, 101),
  d3: syntheticDataset(50, 3, 103),
  d5: syntheticDataset(40, 5, 105),
  d10: syntheticDataset(100, 10, 110)
}

const sgd = (options: Partial<SgdConfig>): SgdConfig => ({ ...defaultSgd, ...options })
const adam = (options: Partial<AdamConfig>): AdamConfig => ({ ...defaultAdam, ...options })

interface Case {
  name: string
  run: ReferenceRun
}

function scenario(
  data: string,
  init: 'zeros' | 'torch',
  seed: number,
  optimizer: SgdConfig | AdamConfig,
  epochs: number,
  threshold = 0.5
): Case {
  const opt =
    optimizer.kind === 'sgd'
      ? `SGD lr ${optimizer.lr} momentum ${optimizer.momentum} dampening ${optimizer.dampening}` +
        `${optimizer.nesterov ? ' nesterov' : ''} weight decay ${optimizer.weightDecay}`
      : `Adam lr ${optimizer.lr} betas (${optimizer.beta1}, ${optimizer.beta2}) eps ` +
        `${optimizer.eps} weight decay ${optimizer.weightDecay}`
  const name = `${data}, ${init === 'zeros' ? 'zeros' : `torch seed ${seed}`}, ${opt}, ${epochs} epochs, threshold ${threshold}`
  return { name, run: { data, init, seed, optimizer, epochs, threshold } }
}

const cases: Case[] = [
  scenario('toy', 'zeros', 1, sgd({ lr: 1 }), 1000),
  scenario('toy', 'torch', 1, sgd({ lr: 1 }), 100),
  scenario('toy', 'torch', 7, sgd({ lr: 0.1, momentum: 0.9 }), 300),
  scenario('toy', 'torch', 42, sgd({ lr: 0.5, momentum: 0.9, nesterov: true }), 200),
  scenario('toy', 'zeros', 1, sgd({ lr: 1, momentum: 0.5, dampening: 0.5 }), 200),
  scenario('toy', 'torch', 3, sgd({ lr: 1, weightDecay: 0.01 }), 300),
  scenario('toy', 'zeros', 1, adam({ lr: 0.1 }), 300),
  scenario('toy', 'torch', 5, adam({ lr: 0.01, beta1: 0.8, beta2: 0.99, weightDecay: 0.1 }), 300),
  scenario('toy', 'torch', 123, adam({ lr: 0.05, eps: 1e-6 }), 200),
  scenario('toy', 'torch', 1, sgd({ lr: 0.5 }), 200, 0.3),
  scenario('toy', 'torch', 2024, sgd({ lr: 0.01 }), 1000),
  // Saturating runs: PyTorch's float32 H(x) reaches exactly 1 on wrong rows, whose cost then sticks
  // at the clamp value 100 with a zero gradient (a float64 sigmoid would keep learning).
  scenario('toy', 'zeros', 1, sgd({ lr: 10 }), 100),
  scenario('toy3', 'zeros', 1, sgd({ lr: 1 }), 100),
  scenario('toy3', 'torch', 9, adam({ lr: 1 }), 100),
  scenario('diabetes', 'zeros', 1, sgd({ lr: 1 }), 100),
  scenario('diabetes', 'torch', 1, sgd({ lr: 1 }), 100),
  scenario('diabetes', 'torch', 2, sgd({ lr: 0.3, momentum: 0.9 }), 200),
  scenario('diabetes', 'torch', 99, sgd({ lr: 0.2, momentum: 0.9, nesterov: true }), 200),
  scenario('diabetes', 'torch', 4, adam({ lr: 0.01 }), 200),
  scenario('diabetes', 'zeros', 1, adam({}), 200),
  scenario('diabetes', 'torch', 6, adam({ lr: 0.02, weightDecay: 0.01 }), 150),
  scenario(
    'diabetes',
    'torch',
    8,
    sgd({ lr: 1, momentum: 0.5, dampening: 0.1, weightDecay: 0.001 }),
    150
  ),
  scenario('diabetes', 'torch', 10, sgd({ lr: 1 }), 100, 0.7),
  scenario('diabetes4', 'torch', 17, sgd({ lr: 1 }), 200),
  scenario('diabetes4', 'torch', 18, adam({ lr: 0.05 }), 200),
  scenario('d1', 'torch', 11, sgd({ lr: 0.5 }), 200),
  scenario('d1', 'zeros', 1, adam({ lr: 0.05 }), 200),
  scenario('d3', 'torch', 12, sgd({ lr: 0.1, momentum: 0.9 }), 200),
  scenario('d3', 'torch', 13, adam({ lr: 0.03, weightDecay: 0.05 }), 200),
  scenario('d5', 'torch', 14, sgd({ lr: 0.2, momentum: 0.8, nesterov: true }), 200),
  scenario('d5', 'zeros', 1, sgd({ lr: 2 }), 100),
  scenario('d10', 'torch', 15, sgd({ lr: 0.5 }), 200),
  scenario('d10', 'torch', 16, adam({ lr: 0.01, beta2: 0.99 }), 200),
  scenario('d10', 'zeros', 1, sgd({ lr: 0.05, momentum: 0.95, weightDecay: 0.001 }), 300),
  scenario('d10', 'torch', 4294967297, sgd({ lr: 1, momentum: 0.3, dampening: 0.3 }), 100)
]

/** Each case trains once here, whichever tests compare it (float32, float64, the largest gaps). */
const oursByRun = new WeakMap<ReferenceRun, { records: EpochRecord[]; trainer: Trainer }>()

function ours(run: ReferenceRun): { records: EpochRecord[]; trainer: Trainer } {
  const known = oursByRun.get(run)
  if (known) return known
  const result = trainOurs(run)
  oursByRun.set(run, result)
  return result
}

function trainOurs(run: ReferenceRun): { records: EpochRecord[]; trainer: Trainer } {
  const config: TrainingConfig = {
    ...labConfig,
    epochs: run.epochs,
    init: run.init,
    seed: run.seed,
    optimizer: run.optimizer,
    threshold: run.threshold
  }
  const trainer = Trainer.start(datasets[run.data], config)
  const records: EpochRecord[] = []
  trainer.run(Infinity, (record) => records.push(record))
  return { records, trainer }
}

type Dtype = 'float32' | 'float64'
const dtypes: Dtype[] = ['float32', 'float64']
// Computed once, by the first test that needs it. Without PyTorch every test fails (never skips)
// with the message that says how to install it.
let reference: Record<Dtype, ReferenceResult[]> | Error | null = null

function referenceRuns(): Record<Dtype, ReferenceResult[]> {
  if (reference === null) {
    const rows = Object.fromEntries(Object.entries(datasets).map(([k, v]) => [k, datasetRows(v)]))
    const runs = dtypes.flatMap((dtype) => cases.map((c) => ({ ...c.run, dtype })))
    try {
      const results = runPytorchReference({ datasets: rows, runs, margin: MARGIN }).runs
      reference = { float32: results.slice(0, cases.length), float64: results.slice(cases.length) }
    } catch (error) {
      reference = error instanceof Error ? error : new Error(String(error))
    }
  }
  if (reference instanceof Error) throw reference
  return reference
}

function compare(dtype: Dtype, run: ReferenceRun, index: number): void {
  const torch = referenceRuns()[dtype][index]
  const tolerance = dtype === 'float32' ? TOLERANCE_32 : TOLERANCE_64
  const { records, trainer } = ours(run)
  expect(records).toHaveLength(run.epochs + 1)
  const n = datasets[run.data].rows
  for (const record of records) {
    const expected = torch.cost[record.epoch]
    const gap = Math.abs(record.cost - expected)
    expect(gap, `cost at epoch ${record.epoch}`).toBeLessThanOrEqual(
      tolerance.abs + tolerance.rel * Math.abs(expected)
    )
    // Only rows whose H(x) is within MARGIN of the threshold may be predicted differently.
    const rowsApart = Math.round(Math.abs(record.accuracy - torch.accuracy[record.epoch]) * n)
    const mayDiffer = dtype === 'float32' ? torch.near[record.epoch] : 0
    expect(rowsApart, `accuracy at epoch ${record.epoch}`).toBeLessThanOrEqual(mayDiffer)
  }
  const digits = dtype === 'float32' ? 3 : 9
  expect(trainer.bias, 'bias after the last step').toBeCloseTo(torch.bias, digits)
  trainer.weights.forEach((w, j) =>
    expect(w, `weight ${j} after the last step`).toBeCloseTo(torch.weights[j], digits)
  )
}

const indexed = cases.map((c, index) => ({ ...c, index }))

describe('the engine against PyTorch 1.13 (full batch)', () => {
  it.each(indexed)('matches float32 PyTorch (the lab) at every epoch: $name', (c) =>
    compare('float32', c.run, c.index)
  )

  it.each(indexed)('matches float64 PyTorch to 1e-10 at every epoch: $name', (c) =>
    compare('float64', c.run, c.index)
  )

  it('stays inside the justified tolerances, with float32 really in play', () => {
    const torch = referenceRuns()
    // The gap relative to the cost's size (costs near 26 on the saturating runs, near 0.5 else).
    const largest = (dtype: Dtype): { gap: number; name: string } => {
      let worst = { gap: 0, name: '' }
      for (const c of indexed) {
        const expected = torch[dtype][c.index].cost
        for (const record of ours(c.run).records) {
          const reference = expected[record.epoch]
          const gap = Math.abs(record.cost - reference) / Math.max(1, Math.abs(reference))
          if (gap > worst.gap) worst = { gap, name: c.name }
        }
      }
      return worst
    }
    const float32 = largest('float32')
    const float64 = largest('float64')
    console.log(
      `largest relative gap to PyTorch float32: ${float32.gap.toExponential(2)} (${float32.name})`
    )
    console.log(
      `largest relative gap to PyTorch float64: ${float64.gap.toExponential(2)} (${float64.name})`
    )
    // the kind of run the header names: SGD at lr >= 0.5 on the six toy rows
    expect(float32.name).toMatch(/^toy, (zeros|torch seed \d+), SGD lr (0\.5|1) /)
    expect(float32.gap).toBeGreaterThan(1e-7) // float32 is really in play
    expect(float32.gap).toBeLessThan(2 * TOLERANCE_32.abs)
    expect(float64.gap).toBeLessThan(1e-13)
  })
})
