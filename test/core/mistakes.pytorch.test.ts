// The deliberate mistakes against the real PyTorch 1.13 making the same mistake
// (test/support/pytorch_reference.py: the lab's loop without optimizer.zero_grad(), with
// F.mse_loss, or with the cross-entropy written out with torch.log and no clamp), in float32 (the
// lab as written) and in float64 (the same loop in double precision, with H(x) rounded as the
// engine rounds it: semantic slips show many orders of magnitude above 1e-10). The cost must agree
// at every epoch, within the tolerance of pytorchReference.test.ts in float32; where PyTorch's
// cost stops being finite (inf or nan: no clamp), the engine must stop at that same epoch.
import { describe, expect, it } from 'vitest'
import {
  Trainer,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  withMistake,
  type Dataset,
  type EpochRecord,
  type LossKind,
  type OptimizerConfig,
  type TrainingConfig
} from '@core'
import { datasetRows, diabetesDataset } from '../support/diabetes'
import { onFirstUse } from '../support/python'
import { runPytorchReference, type ReferenceRun } from '../support/pytorchReference'

const TOLERANCE = { float32: { abs: 1e-5, rel: 1e-5 }, float64: { abs: 1e-10, rel: 1e-10 } }

const datasets: Record<string, Dataset> = { toy: toyDataset(), diabetes: diabetesDataset() }

interface Case {
  name: string
  data: string
  config: TrainingConfig
}

function mistaken(
  data: string,
  name: string,
  forgetZeroGrad: boolean,
  loss: LossKind,
  settings: Partial<TrainingConfig>
): Case {
  const config = { ...labConfig, ...settings, mistakes: { forgetZeroGrad, loss } }
  return { name: `${data}: ${name}`, data, config }
}

const sgd = (lr: number): OptimizerConfig => ({ ...defaultSgd, lr })

const cases: Case[] = [
  mistaken('toy', 'no zero_grad, SGD lr 1', true, 'bce', { epochs: 200 }),
  mistaken('toy', 'no zero_grad, torch init, SGD lr 0.1', true, 'bce', {
    init: 'torch',
    epochs: 200,
    optimizer: sgd(0.1)
  }),
  mistaken('toy', 'MSE, SGD lr 1 (the lab otherwise)', false, 'mse', {}),
  mistaken('diabetes', 'MSE, torch init, SGD lr 1', false, 'mse', {
    init: 'torch',
    epochs: 200
  }),
  mistaken('diabetes', 'no zero_grad and MSE, torch init seed 2, Adam lr 0.01', true, 'mse', {
    init: 'torch',
    seed: 2,
    epochs: 200,
    optimizer: { ...defaultAdam, lr: 0.01 }
  }),
  mistaken('toy', 'no clamp, SGD lr 1: no row saturates, the lab', false, 'unclampedLog', {}),
  mistaken('diabetes', 'no clamp, SGD lr 1', false, 'unclampedLog', { epochs: 300 }),
  mistaken('toy', 'no clamp, SGD lr 10: log(0) at epoch 1', false, 'unclampedLog', {
    epochs: 100,
    optimizer: sgd(10)
  }),
  {
    name: 'toy: the learning rate far too large (the preset), clamped: the cost sticks at 50',
    data: 'toy',
    config: withMistake({ ...labConfig, epochs: 100 }, 'lrTooLarge')
  },
  {
    name: 'toy: the preset rate with no clamp and no zero_grad',
    data: 'toy',
    config: withMistake(
      withMistake(withMistake({ ...labConfig, epochs: 100 }, 'lrTooLarge'), 'unclampedLog'),
      'forgetZeroGrad'
    )
  }
]

type Dtype = 'float32' | 'float64'

function referenceRun(c: Case, dtype: Dtype): ReferenceRun {
  const { init, seed, optimizer, epochs, threshold, mistakes } = c.config
  return { data: c.data, init, seed, optimizer, epochs, threshold, dtype, mistakes }
}

const reference = onFirstUse(() => {
  const rows = Object.fromEntries(Object.entries(datasets).map(([k, v]) => [k, datasetRows(v)]))
  const runs = (['float32', 'float64'] as const).flatMap((dtype) =>
    cases.map((c) => referenceRun(c, dtype))
  )
  const results = runPytorchReference({ datasets: rows, runs }).runs
  return { float32: results.slice(0, cases.length), float64: results.slice(cases.length) }
})

function train(c: Case): { records: EpochRecord[]; trainer: Trainer } {
  const trainer = Trainer.start(datasets[c.data], c.config)
  const records: EpochRecord[] = []
  trainer.run(Infinity, (record) => records.push(record))
  return { records, trainer }
}

const indexed = cases.map((c, index) => ({ ...c, index }))

describe.each(['float32', 'float64'] as const)('each mistake against %s PyTorch', (dtype) => {
  it.each(indexed)('$name', (c) => {
    const torch = reference()[dtype][c.index]
    const { records, trainer } = train(c)
    // the same epochs, up to where PyTorch's cost stopped being finite
    expect(records.map((r) => r.epoch)).toEqual(torch.cost.map((_, epoch) => epoch))
    const { abs, rel } = TOLERANCE[dtype]
    for (const record of records) {
      const expected = torch.cost[record.epoch]
      expect(Math.abs(record.cost - expected), `cost at epoch ${record.epoch}`).toBeLessThanOrEqual(
        abs + rel * Math.abs(expected)
      )
    }
    if (torch.nonFinite === null) {
      expect(trainer.diverged).toBeNull()
      // As pytorchReference.test.ts: 3 decimals in float32, and relative too, since without
      // zero_grad the parameters grow to hundreds (bias -349.5), where float32's ulp is 3e-5.
      const { abs: near, rel: nearRel } =
        dtype === 'float32' ? { abs: 5e-4, rel: 1e-5 } : { abs: 1e-9, rel: 1e-9 }
      const final = [...trainer.weights, trainer.bias]
      ;[...torch.weights, torch.bias].forEach((expected, j) =>
        expect(Math.abs(final[j] - expected), `parameter ${j}`).toBeLessThanOrEqual(
          near + nearRel * Math.abs(expected)
        )
      )
    } else {
      expect(trainer.diverged).toEqual({ epoch: torch.nonFinite.epoch, quantity: 'cost' })
    }
  })
})

describe('the mistakes show what they should', () => {
  it('no clamp: PyTorch prints nan where a right row saturates, the engine stops there', () => {
    const lr10 = reference().float32[cases.findIndex((c) => c.name.includes('SGD lr 10'))]
    expect(lr10.nonFinite).toEqual({ epoch: 1, cost: 'nan' })
  })

  it('the preset rate: the clamped cost sticks at exactly 50 in both engines', () => {
    const index = cases.findIndex((c) => c.name.includes('sticks at 50'))
    const { records } = train(cases[index])
    expect(reference().float32[index].cost.at(-1)).toBe(50)
    expect(records.at(-1)?.cost).toBe(50)
  })
})
