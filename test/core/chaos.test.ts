// The chaos detector on its own: which runs it flags and when, what it costs, and its contract.
// (That flagged runs really disagree with PyTorch and the others agree: chaos.pytorch.test.ts.)
import { describe, expect, it } from 'vitest'
import {
  CHAOS_SHADOW_MAX_CELLS,
  ChaosDetector,
  Trainer,
  chaosWatchable,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  type ChaosNotice,
  type Dataset,
  type TrainingConfig
} from '@core'
import { toyRow3Seven } from '../support/chaoticData'
import { diabetesDataset } from '../support/diabetes'

/** Trains the run with a detector watching every epoch; the costs and the notice. */
function watch(data: Dataset, settings: Partial<TrainingConfig>) {
  const config = { ...labConfig, ...settings }
  const trainer = Trainer.start(data, config)
  const detector = new ChaosDetector(trainer, data)
  const costs: number[] = []
  const notices: ChaosNotice[] = []
  let shadowed = 0
  trainer.run(Infinity, (record) => {
    costs.push(record.cost)
    const notice = detector.observe(record)
    if (notice) notices.push(notice)
    if (detector.shadowing) shadowed++
  })
  return { costs, notices, detector, shadowed }
}

const sgd = (lr: number) => ({ ...defaultSgd, lr })

describe('ChaosDetector', () => {
  it("flags the issue's run (toy, row 3's x1 = 7, zeros, SGD lr 1) at epoch 21, once", () => {
    const { costs, notices, detector } = watch(toyRow3Seven(), {})
    expect(notices).toEqual([{ code: 'chaotic', epoch: 21 }])
    expect(detector.notice).toEqual({ code: 'chaotic', epoch: 21 })
    expect(detector.watching).toBe(false) // done: the shadow stops with the notice
    // the numbers the issue quotes for Logit Lab
    expect([costs[50], costs[200]].map((c) => c.toFixed(6))).toEqual(['1.986679', '0.314997'])
  })

  it('flags other runs whose learning rate is too large: toy lr 4, diabetes lr 30', () => {
    expect(watch(toyDataset(), { optimizer: sgd(4) }).notices).toEqual([
      { code: 'chaotic', epoch: 24 }
    ])
    expect(watch(diabetesDataset(), { optimizer: sgd(30) }).notices).toEqual([
      { code: 'chaotic', epoch: 34 }
    ])
  })

  it("flags Adam where its steps outgrow the optimum's valley late in a long run", () => {
    const adam = { ...defaultAdam, lr: 0.1 }
    expect(watch(diabetesDataset(), { epochs: 1000, optimizer: adam }).notices).toEqual([])
    expect(watch(diabetesDataset(), { epochs: 5000, optimizer: adam }).notices).toEqual([
      { code: 'chaotic', epoch: 3984 }
    ])
  })

  it.each([
    ['the lab (toy, zeros, SGD lr 1, 1000 epochs)', toyDataset(), {}],
    ['toy, torch seed 1, SGD lr 1', toyDataset(), { init: 'torch', epochs: 100 }],
    ['toy, SGD lr 0.5', toyDataset(), { optimizer: sgd(0.5) }],
    ['toy, Adam lr 0.1 (the README)', toyDataset(), { optimizer: { ...defaultAdam, lr: 0.1 } }],
    ['diabetes, zeros, SGD lr 1 (the lab)', diabetesDataset(), { epochs: 100 }],
    [
      'diabetes, torch seed 1, SGD lr 1 (the lab)',
      diabetesDataset(),
      { init: 'torch', epochs: 100 }
    ],
    ['diabetes, SGD lr 5, 2000 epochs', diabetesDataset(), { epochs: 2000, optimizer: sgd(5) }],
    [
      'toy, Adam lr 0.1, mini-batches of 2',
      toyDataset(),
      { batchSize: 2, optimizer: { ...defaultAdam, lr: 0.1 } }
    ]
  ] as const)('leaves a calm run alone: %s', (_, data, settings) => {
    const { notices, detector } = watch(data, settings as Partial<TrainingConfig>)
    expect(notices).toEqual([])
    expect(detector.watching).toBe(true)
  })

  it('leaves alone a run whose cost rises for a while and then settles (toy, SGD lr 2)', () => {
    const { costs, notices } = watch(toyDataset(), { optimizer: sgd(2) })
    const rises = costs.filter((cost, e) => e > 0 && cost > costs[e - 1]).length
    expect(rises).toBeGreaterThan(30) // a cost-rise rule would have flagged it
    expect(costs[1000]).toBeLessThan(0.02)
    expect(notices).toEqual([])
  })

  it('flags a resumed run too, the shadow forked from the resumed one', () => {
    const data = toyRow3Seven()
    const trainer = Trainer.start(data, labConfig)
    trainer.run(10, () => undefined)
    const resumed = Trainer.resume(data, labConfig, trainer.snapshot())
    const detector = new ChaosDetector(resumed, data)
    resumed.run(Infinity, (record) => detector.observe(record))
    expect(detector.notice?.epoch).toBeGreaterThanOrEqual(21)
    expect(detector.notice?.epoch).toBeLessThanOrEqual(40)
  })

  it('shadows only while the cost has risen in the last 100 epochs', () => {
    // the lab: its cost rises in the first epochs, then only falls
    const lab = watch(toyDataset(), {})
    expect(lab.shadowed).toBeGreaterThan(100)
    expect(lab.shadowed).toBeLessThan(200)
    expect(lab.detector.shadowing).toBe(false)
    // diabetes with zeros: its cost never rises, so no shadow at all
    expect(watch(diabetesDataset(), { epochs: 300 }).shadowed).toBe(0)
    // converged, its cost jitters in the last bits (thousands of rises by 1e-16): not a swing
    const converged = watch(diabetesDataset(), { init: 'torch', epochs: 20_000 })
    expect(
      converged.costs.filter((c, e) => e > 0 && c > converged.costs[e - 1]).length
    ).toBeGreaterThan(1000)
    expect(converged.shadowed).toBe(0)
    // Adam's cost rises now and then: shadowed most of the time
    expect(
      watch(diabetesDataset(), { optimizer: { ...defaultAdam, lr: 0.1 } }).shadowed
    ).toBeGreaterThan(800)
  })

  it('does not watch data past CHAOS_SHADOW_MAX_CELLS, where a shadow would double the cost', () => {
    const rows = CHAOS_SHADOW_MAX_CELLS / 2 + 1
    const wide: Dataset = {
      rows,
      cols: 2,
      x: new Float64Array(rows * 2),
      y: Float64Array.from({ length: rows }, (_, i) => i % 2),
      featureNames: ['a', 'b']
    }
    expect(chaosWatchable(wide)).toBe(false)
    expect(chaosWatchable({ rows: rows - 1, cols: 2 })).toBe(true)
    const trainer = Trainer.start(wide, { ...labConfig, epochs: 3, optimizer: sgd(1e6) })
    const detector = new ChaosDetector(trainer, wide)
    expect(detector.watching).toBe(false)
    trainer.run(Infinity, (record) => expect(detector.observe(record)).toBeNull())
    expect([detector.shadowing, detector.notice]).toEqual([false, null])
  })

  it('needs every epoch in order', () => {
    const data = toyRow3Seven()
    const trainer = Trainer.start(data, labConfig)
    const detector = new ChaosDetector(trainer, data)
    // the cost rises at epoch 1: a shadow starts, whose next epoch is 2
    trainer.run(2, (record) => detector.observe(record))
    expect(detector.shadowing).toBe(true)
    expect(() => detector.observe({ epoch: 5, cost: 0.6, accuracy: 0.5 })).toThrow(RangeError)
  })

  it('flags the first epoch whose cost parts from the shadow by more than 1e-5 + 1e-5 |cost|', () => {
    const data = toyRow3Seven()
    const trainer = Trainer.start(data, labConfig)
    const detector = new ChaosDetector(trainer, data)
    const costs: number[] = []
    trainer.run(2, (record) => {
      costs.push(record.cost)
      detector.observe(record)
    })
    // A record two epochs on cannot be compared: the shadow is at epoch 2. Epoch 2 itself, off by
    // 1.5e-5 from the true cost, stays within 1e-5 + 1e-5 |cost| of the shadow's (~2.8).
    const rerun = Trainer.start(data, { ...labConfig, epochs: 2 })
    const truth: number[] = []
    rerun.run(Infinity, (record) => truth.push(record.cost))
    expect(detector.observe({ epoch: 2, cost: truth[2] + 1.5e-5, accuracy: 0.5 })).toBeNull()
    expect(detector.observe({ epoch: 3, cost: 50, accuracy: 0.5 })).toEqual({
      code: 'chaotic',
      epoch: 3
    })
    expect([detector.watching, detector.shadowing]).toEqual([false, false])
    expect(costs).toHaveLength(2)
  })
})
