// Sessions to encode and decode: built the way the UI builds them, from a data set, the settings
// and a run the core trainer really ran.
import {
  costLine,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  Trainer,
  type Dataset,
  type TrainingConfig
} from '@core'
import type { Session, SessionRun, SessionRunState } from '@shared/session'

/** The table of a data set, column-major, label last, no texts. */
export function dataOf(dataset: Dataset, labelName = 'y'): Session['data'] {
  const { rows, cols, x, y } = dataset
  const columns = Array.from({ length: cols }, (_, j) => {
    const column = new Float64Array(rows)
    for (let i = 0; i < rows; i++) column[i] = x[i * cols + j]
    return column
  })
  columns.push(Float64Array.from(y))
  return {
    featureNames: [...dataset.featureNames],
    labelName,
    rows,
    columns,
    texts: columns.map(() => [])
  }
}

/** The data set a session's (valid) table trains on, row-major, as the editor's toDataset. */
export function datasetOf(data: Session['data']): Dataset {
  const { rows, columns, featureNames } = data
  const cols = featureNames.length
  const x = new Float64Array(rows * cols)
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) x[i * cols + j] = columns[j][i]
  return { rows, cols, x, y: Float64Array.from(columns[cols]), featureNames: [...featureNames] }
}

export function sessionOf(dataset: Dataset, config: TrainingConfig = labConfig): Session {
  return {
    title: '',
    notes: '',
    data: dataOf(dataset),
    settings: {
      config,
      speed: { mode: 'max' },
      stepUnit: 'epoch',
      otherOptimizer: config.optimizer.kind === 'sgd' ? defaultAdam : defaultSgd,
      batchSize: config.batchSize ?? 2
    },
    run: null
  }
}

/** The lab as it opens: the six students, the lab's settings, no run. */
export function toySession(): Session {
  return sessionOf(toyDataset())
}

/** The run of `trainer` after it ran: every epoch in the history, the lab's lines in the log. */
export function runOf(
  trainer: Trainer,
  records: { epoch: number; cost: number; accuracy: number }[],
  state: SessionRunState
): SessionRun {
  const config = trainer.config
  const logged = records.filter((record) => record.epoch % config.logEvery === 0)
  return {
    config,
    state,
    epoch: trainer.nextEpoch - 1,
    totalEpochs: config.epochs,
    weights: trainer.weights,
    bias: trainer.bias,
    trainer: trainer.snapshot(),
    problem: null,
    notice: null,
    history: {
      epochs: Float64Array.from(records, (record) => record.epoch),
      cost: Float64Array.from(records, (record) => record.cost),
      accuracy: Float64Array.from(records, (record) => record.accuracy),
      downsampled: false
    },
    log: {
      epochs: Float64Array.from(logged, (record) => record.epoch),
      cost: Float64Array.from(logged, (record) => record.cost),
      accuracy: Float64Array.from(logged, (record) => record.accuracy),
      texts: logged.map((record) => costLine(record.epoch, config.epochs, record.cost))
    }
  }
}

/** A session whose run trained `epochs` epochs of `config` (all of them by default). */
export function trainedSession(
  dataset: Dataset,
  config: TrainingConfig,
  epochs = config.epochs + 1
): Session {
  const trainer = Trainer.start(dataset, config)
  const records: { epoch: number; cost: number; accuracy: number }[] = []
  trainer.run(epochs, (record) => records.push(record))
  const state = trainer.finished ? 'done' : 'paused'
  return { ...sessionOf(dataset, config), run: runOf(trainer, records, state) }
}

/** The student's work in progress: a cell that is not a number, odd spellings, an empty cell. */
export function sessionWithProblems(): Session {
  const session = toySession()
  const [x1, x2, labels] = session.data.columns
  x1[1] = Number.NaN // "abc"
  x1[4] = 1.5 // "1.50"
  x2[0] = Number.NaN // "" (emptied)
  x2[2] = Infinity // "inf"
  x2[3] = -0 // "-0"
  labels[5] = 2 // a label that is neither 0 nor 1, as typed
  session.data.texts = [
    [
      [1, 'abc'],
      [4, '1.50']
    ],
    [
      [2, 'inf'],
      [3, '-0']
    ],
    []
  ]
  return session
}

/**
 * The lab's session after 20 epochs, keeping cell texts in every column: an empty cell, Korean,
 * and labels spelled "1.0" and "0.0" (what packing them for a worker or for IPC must carry).
 */
export function sessionWithTexts(): Session {
  const trained = trainedSession(toyDataset(), labConfig, 20)
  const texts: [number, string][][] = [
    [[2, '']],
    [[0, '삼점오']],
    [
      [1, '1.0'],
      [4, '0.0']
    ]
  ]
  return { ...trained, data: { ...trained.data, texts } }
}
