// The Lab view's cell values against the trainer: the gradient and the step they show are the
// ones the trainer's next epoch applies, their cost is the cost it logs for that epoch, and their
// predictions are its accuracy's. The cost forms against PyTorch: labCells.pytorch.test.ts.
import { describe, expect, it } from 'vitest'
import {
  LAB_SHOWN_ROWS,
  Trainer,
  defaultAdam,
  defaultSgd,
  formatFixed,
  labCells,
  labConfig,
  toyDataset,
  type Dataset,
  type EpochRecord,
  type TrainingConfig
} from '@core'
import { diabetesDataset } from '../support/diabetes'

function cellsOf(trainer: Trainer, dataset: Dataset, config: TrainingConfig) {
  return labCells({ dataset, weights: trainer.weights, bias: trainer.bias, config })
}

/** The trainer after `epochs` epochs, and the record of the epoch after those. */
function nextEpoch(trainer: Trainer): { record: EpochRecord; weights: number[]; bias: number } {
  let record: EpochRecord | null = null
  trainer.run(1, (r) => (record = r))
  if (record === null) throw new Error('the trainer ran no epoch')
  return { record, weights: trainer.weights, bias: trainer.bias }
}

describe('labCells', () => {
  it("prints the notebook's constants: torch.exp(1) = 2.7183, torch.sigmoid(1) = 0.7311", () => {
    const cells = labCells({
      dataset: toyDataset(),
      weights: [0, 0],
      bias: 0,
      config: labConfig
    })
    expect(formatFixed(cells.exp1, 4)).toBe('2.7183')
    expect(formatFixed(cells.sigmoid1, 4)).toBe('0.7311')
  })

  it('gives the lab its first cells with zero weights: H = 0.5, cost 0.6931, all three agree', () => {
    const cells = labCells({ dataset: toyDataset(), weights: [0, 0], bias: 0, config: labConfig })
    expect(cells.rows.map((row) => row.hypothesis)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    expect(cells.rows.map((row) => row.formula)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    expect(formatFixed(cells.costs.element, 4)).toBe('0.6931')
    expect(formatFixed(cells.costs.mean, 4)).toBe('0.6931')
    expect(formatFixed(cells.costs.bce, 4)).toBe('0.6931')
    expect(cells.costs.agree).toBe(true)
    expect(cells.costs.clampedRows).toBe(0)
    expect(cells.omittedRows).toBe(0)
    // toy: (H - y) = 0.5 for the three 0s, -0.5 for the three 1s
    expect(cells.rows.map((row) => row.error)).toEqual([0.5, 0.5, 0.5, -0.5, -0.5, -0.5])
    expect(cells.rows[3].gradient).toEqual([-2, -1.5])
  })

  it.each([0, 1, 7, 250, 1000])(
    'toy after %i epochs: the step shown is the step the trainer takes next, the cost its log',
    (epochs) => {
      const dataset = toyDataset()
      const trainer = Trainer.start(dataset, labConfig)
      trainer.run(epochs, () => {})
      const cells = cellsOf(trainer, dataset, labConfig)
      const next = nextEpoch(trainer)
      expect(cells.step.plainSgd).toBe(true)
      expect(cells.step.nextW).toEqual(next.weights)
      expect(cells.step.nextB).toBe(next.bias)
      expect(Math.abs(cells.costs.bce - next.record.cost)).toBeLessThan(1e-6)
      expect(cells.accuracy).toBe(next.record.accuracy)
      // dJ/dW = mean((H - y) x): the per-row terms the cells list add up to the gradient applied
      const rows = cells.rows
      for (let j = 0; j < 2; j++) {
        const mean = rows.reduce((sum, row) => sum + row.gradient[j], 0) / rows.length
        expect(mean).toBeCloseTo(cells.step.gradW[j], 14)
      }
      const meanError = rows.reduce((sum, row) => sum + row.error, 0) / rows.length
      expect(meanError).toBeCloseTo(cells.step.gradB, 14)
    }
  )

  it('diabetes (759 rows): lists the first rows, counts the rest, and steps as the trainer does', () => {
    const dataset = diabetesDataset()
    const trainer = Trainer.start(dataset, labConfig)
    trainer.run(30, () => {})
    const cells = cellsOf(trainer, dataset, labConfig)
    expect(cells.rows).toHaveLength(LAB_SHOWN_ROWS)
    expect(cells.omittedRows).toBe(759 - LAB_SHOWN_ROWS)
    expect(cells.rows[2].x).toEqual(Array.from(dataset.x.subarray(16, 24)))
    const next = nextEpoch(trainer)
    expect(cells.step.nextW).toEqual(next.weights)
    expect(cells.step.nextB).toBe(next.bias)
    expect(Math.abs(cells.costs.mean - next.record.cost)).toBeLessThan(1e-6)
    expect(cells.costs.agree).toBe(true)
    expect(cells.accuracy).toBe(next.record.accuracy)
    for (const row of cells.rows) {
      expect(row.prediction).toBe(row.hypothesis >= 0.5 ? 1 : 0)
      expect(row.correct).toBe(row.prediction === row.y)
      expect(Math.abs(row.formula - row.hypothesis)).toBeLessThan(2 ** -23)
    }
  })

  it('predicts with the threshold set: hypothesis >= threshold', () => {
    const dataset = toyDataset()
    const config = { ...labConfig, threshold: 0.9 }
    const cells = labCells({ dataset, weights: [1, 0], bias: -3, config })
    // z = x1 - 3: H(6) = sigmoid(3) = 0.95 is the only one past 0.9
    expect(cells.rows.map((row) => row.prediction)).toEqual([0, 0, 0, 0, 0, 1])
    expect(cells.correctRows).toBe(4)
    expect(cells.accuracy).toBeCloseTo(4 / 6, 15)
  })

  it('shows what the clamp at -100 does where H(x) is exactly 0 or 1 in float32', () => {
    const dataset = toyDataset()
    // z = 40 (x1 - 3.5) = -100, -60, -20, 20, 60, 100: float32 H(x) is exactly 0 for z = -100
    // (exp(100) overflows) and exactly 1 from z = 20 on (past ~16.64)
    const cells = labCells({ dataset, weights: [40, 0], bias: -140, config: labConfig })
    const [first, second, third, fourth] = cells.rows
    expect(first.hypothesis).toBe(0)
    expect(fourth.hypothesis).toBe(1)
    // y log H = 0 * -inf and (1 - y) log(1 - H) = 0 * -inf: the lab's formula gives nan,
    // F.binary_cross_entropy's clamped logs 0 * -100 = 0
    expect(first.loss).toBeNaN()
    expect(first.clampedLoss).toBe(0)
    expect(fourth.loss).toBeNaN()
    expect(fourth.clampedLoss).toBe(-0) // PyTorch's too: (y - 1) * -100 = -0, minus 1 * log 1
    expect(fourth.error).toBe(0) // no gradient through a saturated sigmoid
    expect(second.hypothesis).toBeGreaterThan(0) // exp(60) still fits float32: no clamp
    expect(second.loss).toBeCloseTo(second.clampedLoss, 12) // 0 and -0: the sign of a zero aside
    expect(third.loss).toBeCloseTo(third.clampedLoss, 12)
    expect(cells.costs.mean).toBeNaN()
    expect(Number.isFinite(cells.costs.bce)).toBe(true)
    expect(cells.costs.agree).toBe(false)
    expect(cells.costs.clampedRows).toBe(4)

    // A confidently wrong row: y = 0 with H = 1 costs inf in the formula, 100 clamped
    const wrong = labCells({ dataset, weights: [-40, 0], bias: 140, config: labConfig })
    expect(wrong.rows[0].hypothesis).toBe(1)
    expect(wrong.rows[0].loss).toBe(Infinity)
    expect(wrong.rows[0].clampedLoss).toBe(100)
    expect(wrong.costs.element).toBe(Infinity)
  })

  it.each([
    ['SGD with momentum', { ...labConfig, optimizer: { ...defaultSgd, momentum: 0.9 } }],
    ['SGD with weight decay', { ...labConfig, optimizer: { ...defaultSgd, weightDecay: 0.1 } }],
    ['Adam', { ...labConfig, optimizer: defaultAdam }],
    ['mini-batches', { ...labConfig, batchSize: 2 }]
  ])('says the step is only the gradient part with %s', (_name, config) => {
    const cells = labCells({ dataset: toyDataset(), weights: [0, 0], bias: 0, config })
    expect(cells.step.plainSgd).toBe(false)
    expect(cells.step.lr).toBe(config.optimizer.lr)
  })

  it('a batch as large as the data is full batch: the plain step holds', () => {
    const config = { ...labConfig, batchSize: 6 }
    const cells = labCells({ dataset: toyDataset(), weights: [0, 0], bias: 0, config })
    expect(cells.step.plainSgd).toBe(true)
  })
})
