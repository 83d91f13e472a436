// The stateful trainer: the lab's loop in slices, resumable exactly, mini-batches, divergence.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  Trainer,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  type EpochRecord,
  type OptimizerConfig,
  type TrainerState,
  type TrainingConfig
} from '@core'
import { syntheticDataset } from '../support/syntheticData'

function allRecords(trainer: Trainer, count = Infinity): EpochRecord[] {
  const records: EpochRecord[] = []
  trainer.run(count, (record) => records.push(record))
  return records
}

const optimizers: fc.Arbitrary<OptimizerConfig> = fc.oneof(
  fc
    .record({
      lr: fc.double({ min: 0.01, max: 1, noNaN: true }),
      momentum: fc.constantFrom(0, 0.5, 0.9),
      dampening: fc.constantFrom(0, 0.3),
      nesterov: fc.boolean(),
      weightDecay: fc.constantFrom(0, 0.01, 0.1)
    })
    .map((o) => ({
      ...defaultSgd,
      ...o,
      // PyTorch's rule: nesterov needs momentum and no dampening
      nesterov: o.nesterov && o.momentum > 0,
      dampening: o.nesterov && o.momentum > 0 ? 0 : o.dampening
    })),
  fc
    .record({
      lr: fc.double({ min: 0.001, max: 0.1, noNaN: true }),
      weightDecay: fc.constantFrom(0, 0.05),
      beta1: fc.constantFrom(0.9, 0.5),
      beta2: fc.constantFrom(0.999, 0.9)
    })
    .map((o) => ({ ...defaultAdam, ...o }))
)

const configs: fc.Arbitrary<TrainingConfig> = fc.record({
  epochs: fc.integer({ min: 0, max: 40 }),
  logEvery: fc.constant(1),
  init: fc.constantFrom('zeros' as const, 'torch' as const),
  seed: fc.nat({ max: 2 ** 32 }),
  optimizer: optimizers,
  threshold: fc.constantFrom(0.5, 0.3),
  batchSize: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 12 }))
})

describe('Trainer', () => {
  it('runs epochs 0..N inclusive, like range(nb_epochs + 1), in slices of any size', () => {
    const trainer = Trainer.start(toyDataset(), { ...labConfig, epochs: 10 })
    expect(allRecords(trainer, 4).map((r) => r.epoch)).toEqual([0, 1, 2, 3])
    expect(trainer.nextEpoch).toBe(4)
    expect(allRecords(trainer, 100).map((r) => r.epoch)).toEqual([4, 5, 6, 7, 8, 9, 10])
    expect(trainer.finished).toBe(true)
    expect(trainer.run(5, () => undefined)).toBe(0)
  })

  it('continues exactly after a snapshot through JSON, for any optimizer and batch size', () => {
    fc.assert(
      fc.property(
        configs,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        (config, features, rows, cut) => {
          const data = syntheticDataset(rows, features, rows * 31 + features)
          const whole = Trainer.start(data, config)
          const expected = allRecords(whole)
          const first = Trainer.start(data, config)
          const head = allRecords(first, cut % (config.epochs + 2))
          const saved: TrainerState = JSON.parse(JSON.stringify(first.snapshot()))
          const resumed = Trainer.resume(data, config, saved)
          const tail = allRecords(resumed)
          expect([...head, ...tail]).toEqual(expected)
          expect(resumed.snapshot()).toEqual(whole.snapshot())
          expect(resumed.weights).toEqual(whole.weights)
          expect(resumed.bias).toBe(whole.bias)
        }
      ),
      { numRuns: 150 }
    )
  })

  it('survives several snapshots in a row (pause, save, reopen, pause again)', () => {
    const data = syntheticDataset(25, 3, 9)
    const config: TrainingConfig = {
      ...labConfig,
      epochs: 60,
      init: 'torch',
      seed: 5,
      batchSize: 4,
      optimizer: { ...defaultSgd, lr: 0.2, momentum: 0.9, nesterov: true }
    }
    const expected = allRecords(Trainer.start(data, config))
    let trainer = Trainer.start(data, config)
    const records: EpochRecord[] = []
    while (!trainer.finished) {
      trainer.run(7, (r) => records.push(r))
      trainer = Trainer.resume(data, config, JSON.parse(JSON.stringify(trainer.snapshot())))
    }
    expect(records).toEqual(expected)
  })

  it('forks, even inside onEpoch, into a trainer that continues exactly as the run does', () => {
    const data = syntheticDataset(25, 3, 9)
    const config: TrainingConfig = {
      ...labConfig,
      epochs: 40,
      init: 'torch',
      seed: 5,
      batchSize: 4,
      optimizer: { ...defaultAdam, lr: 0.05 }
    }
    const expected = allRecords(Trainer.start(data, config))
    const trainer = Trainer.start(data, config)
    const forks: Trainer[] = []
    trainer.run(Infinity, (record) => {
      // inside the callback the trainer is the run after that epoch: its next one is the fork's
      if (record.epoch === 12) forks.push(trainer.fork())
    })
    expect(forks).toHaveLength(1)
    expect(allRecords(forks[0])).toEqual(expected.slice(13))
  })

  it('rounds its parameters to float32 after each step when asked (the chaos shadow)', () => {
    const config = { ...labConfig, epochs: 5, optimizer: { ...defaultSgd, lr: 0.1 } }
    const float64 = Trainer.start(toyDataset(), config)
    const float32 = Trainer.start(toyDataset(), config, { float32Parameters: true })
    allRecords(float64)
    allRecords(float32)
    for (const w of [...float32.weights, float32.bias]) expect(Math.fround(w)).toBe(w)
    expect(float64.weights.some((w) => Math.fround(w) !== w)).toBe(true)
    float32.weights.forEach((w, j) => expect(w).toBeCloseTo(float64.weights[j], 6))
  })

  it('treats a batch size of n or more as the full batch', () => {
    const data = syntheticDataset(20, 2, 3)
    const full = allRecords(Trainer.start(data, { ...labConfig, epochs: 30 }))
    expect(allRecords(Trainer.start(data, { ...labConfig, epochs: 30, batchSize: 20 }))).toEqual(
      full
    )
    expect(allRecords(Trainer.start(data, { ...labConfig, epochs: 30, batchSize: 99 }))).toEqual(
      full
    )
  })

  it('takes ceil(n / B) steps per epoch with mini-batches, shuffled by the seed', () => {
    const data = syntheticDataset(10, 2, 4)
    // Adam counts its steps: 10 rows in batches of 3 are 4 steps (3 + 3 + 3 + 1) per epoch.
    const config: TrainingConfig = { ...labConfig, epochs: 1, batchSize: 3, optimizer: defaultAdam }
    const trainer = Trainer.start(data, config)
    allRecords(trainer, 1)
    expect(trainer.snapshot().optimizer).toMatchObject({ kind: 'adam', step: 4 })
    allRecords(trainer, 1)
    expect(trainer.snapshot().optimizer).toMatchObject({ kind: 'adam', step: 8 })
    const again = Trainer.start(data, config)
    allRecords(again)
    expect(again.weights).toEqual(trainer.weights)
    const otherSeed = Trainer.start(data, { ...config, seed: 2 })
    allRecords(otherSeed)
    expect(otherSeed.weights).not.toEqual(trainer.weights)
  })

  it('visits every row exactly once per mini-batch epoch (cost is the mean over all rows)', () => {
    // With lr 0 the weights never move, so each epoch's cost must equal the full-batch cost.
    const data = syntheticDataset(17, 3, 8)
    const still = { ...defaultSgd, lr: 0 }
    const base = { ...labConfig, epochs: 5, init: 'torch' as const, optimizer: still }
    const full = allRecords(Trainer.start(data, base))
    const mini = allRecords(Trainer.start(data, { ...base, batchSize: 4 }))
    mini.forEach((r, k) => {
      expect(r.cost).toBeCloseTo(full[k].cost, 14)
      expect(r.accuracy).toBe(full[k].accuracy)
    })
  })

  it('stops at the first epoch whose weights would stop being finite, keeping the last good ones', () => {
    const big = {
      rows: 2,
      cols: 1,
      x: Float64Array.of(1e300, -1e300),
      y: Float64Array.of(0, 1),
      featureNames: ['x']
    }
    const trainer = Trainer.start(big, { ...labConfig, epochs: 10 })
    const records = allRecords(trainer)
    expect(trainer.diverged).not.toBeNull()
    expect(trainer.finished).toBe(true)
    expect(records.length).toBeLessThan(11)
    expect(trainer.weights.every(Number.isFinite)).toBe(true)
  })

  it("evaluates like the lab's last cell: H(x), predictions and accuracy with the final weights", () => {
    const trainer = Trainer.start(toyDataset(), labConfig)
    allRecords(trainer)
    const evaluation = trainer.evaluate()
    expect(Array.from(evaluation.predictions)).toEqual([0, 0, 0, 1, 1, 1])
    expect(evaluation.accuracy).toBe(1)
    expect(evaluation.probabilities[0]).toBeLessThan(0.01)
    expect(evaluation.probabilities[5]).toBeGreaterThan(0.99)
    // a threshold of 1 predicts 0 everywhere: half the toy rows are then right
    expect(trainer.evaluate(1).accuracy).toBe(0.5)
  })

  it('refuses a config PyTorch would refuse, naming the field', () => {
    const bad: TrainingConfig[] = [
      { ...labConfig, epochs: -1 },
      { ...labConfig, logEvery: 0 },
      { ...labConfig, batchSize: 0 },
      { ...labConfig, optimizer: { ...defaultSgd, lr: -1 } },
      { ...labConfig, optimizer: { ...defaultSgd, nesterov: true } },
      { ...labConfig, optimizer: { ...defaultAdam, beta2: 1 } }
    ]
    const fields = [/epochs/, /logEvery/, /batchSize/, /lr/, /nesterov/, /beta2/]
    bad.forEach((config, k) => expect(() => Trainer.start(toyDataset(), config)).toThrow(fields[k]))
  })

  it('refuses a saved state that does not fit the data or the optimizer', () => {
    const trainer = Trainer.start(toyDataset(), labConfig)
    allRecords(trainer, 3)
    const saved = trainer.snapshot()
    const threeFeatures = syntheticDataset(5, 3, 1)
    expect(() => Trainer.resume(threeFeatures, labConfig, saved)).toThrow(/2 weights.*3/)
    const adam = { ...labConfig, optimizer: defaultAdam }
    expect(() => Trainer.resume(toyDataset(), adam, saved)).toThrow(/sgd.*adam/)
    expect(() => Trainer.resume(toyDataset(), labConfig, { ...saved, epoch: -2 })).toThrow(/epoch/)
    expect(() =>
      Trainer.resume(toyDataset(), labConfig, { ...saved, params: [0, Number.NaN, 0] })
    ).toThrow(/finite/)
  })
})
