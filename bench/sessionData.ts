// The session the session benchmark saves and opens: a trained run on the bench's synthetic
// 100,000 x 8 data. Its weights and trainer state come from real epochs; its history and log are
// synthesised to the size of a long run (training 200,000 epochs of 100,000 rows would take
// minutes), with numbers like a real run's: full-precision costs, accuracies k / rows.
import { costLine, defaultAdam, labConfig, MersenneTwister, Trainer, type Dataset } from '@core'
import type { Session, SessionSeries } from '@shared/session/index'

export interface SessionSize {
  historyPoints: number
  logEvery: number
  /** Give every label the text "1.0" or "0.0", as a CSV written by pandas has them. */
  labelTexts: boolean
}

/** Cost and accuracy of epochs 0..points-1: a decaying curve with noise, as float64 computes them. */
function series(points: number, rows: number, every = 1): SessionSeries {
  const rng = new MersenneTwister(7)
  const count = Math.ceil(points / every)
  const out = {
    epochs: new Float64Array(count),
    cost: new Float64Array(count),
    accuracy: new Float64Array(count)
  }
  for (let i = 0; i < count; i++) {
    const epoch = i * every
    const noise = rng.nextUint32() / 2 ** 32 - 0.5
    out.epochs[i] = epoch
    out.cost[i] = 0.45 + 0.25 * Math.exp(-epoch / 20_000) + 0.001 * noise
    out.accuracy[i] = Math.round(rows * (0.78 - 0.2 * Math.exp(-epoch / 30_000))) / rows
  }
  return out
}

export function benchSession(dataset: Dataset, size: SessionSize): Session {
  const { rows, cols, x, y } = dataset
  const lastEpoch = size.historyPoints - 1
  const config = {
    ...labConfig,
    init: 'torch' as const,
    epochs: lastEpoch,
    logEvery: size.logEvery
  }
  const trainer = Trainer.start(dataset, config)
  trainer.run(10, () => undefined)
  const columns = Array.from({ length: cols }, (_, j) => {
    const column = new Float64Array(rows)
    for (let i = 0; i < rows; i++) column[i] = x[i * cols + j]
    return column
  })
  columns.push(Float64Array.from(y))
  const texts: [number, string][][] = columns.map(() => [])
  if (size.labelTexts) texts[cols] = Array.from(y, (label, i) => [i, label.toFixed(1)])
  const log = series(size.historyPoints, rows, size.logEvery)
  return {
    title: 'Bench',
    notes: '',
    data: { featureNames: [...dataset.featureNames], labelName: 'y', rows, columns, texts },
    settings: {
      config,
      speed: { mode: 'max' },
      stepUnit: 'epoch',
      otherOptimizer: defaultAdam,
      batchSize: 2
    },
    run: {
      config,
      state: 'done',
      epoch: lastEpoch,
      totalEpochs: lastEpoch,
      weights: trainer.weights,
      bias: trainer.bias,
      // The state of the 10 real epochs, standing for the run's end.
      trainer: { ...trainer.snapshot(), epoch: lastEpoch + 1 },
      problem: null,
      notice: null,
      history: { ...series(size.historyPoints, rows), downsampled: false },
      log: {
        ...log,
        texts: Array.from(log.epochs, (epoch, i) => costLine(epoch, lastEpoch, log.cost[i]))
      }
    }
  }
}
