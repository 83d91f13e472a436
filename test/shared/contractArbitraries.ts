// fast-check generators of valid contract values (every field anywhere in its allowed range),
// shared by the schema tests and the IPC tests.
import fc from 'fast-check'
import type { OptimizerConfig, TrainingConfig } from '@core/config'
import type { TrainerState } from '@core/trainer'
import type { DatasetPayload, MenuCommand, RunCommand, Speed, TrainRequest } from '@shared/contract'
import {
  MAX_EPOCHS,
  MAX_FEATURE_NAME_LENGTH,
  MAX_PACED_EPOCHS_PER_SECOND,
  MAX_ROWS,
  MIN_PACED_EPOCHS_PER_SECOND,
  minimumLogEvery,
  MT_STATE_WORDS
} from '@shared/limits'

const finite = fc.double({ noNaN: true, noDefaultInfinity: true })
const unit = fc.double({ min: 0, max: 1, noNaN: true })
const halfOpenUnit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
const positive = fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true })
const nonNegative = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })

export const runIdArb = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,128}$/)

export const speedArb: fc.Arbitrary<Speed> = fc.oneof(
  fc.constant({ mode: 'max' as const }),
  fc.record({
    mode: fc.constant('paced' as const),
    epochsPerSecond: fc.double({
      min: MIN_PACED_EPOCHS_PER_SECOND,
      max: MAX_PACED_EPOCHS_PER_SECOND,
      noNaN: true
    })
  })
)

/** Every command a run takes, each field anywhere in its range. */
export const runCommandArb: fc.Arbitrary<RunCommand> = fc.oneof(
  fc.constant({ kind: 'pause' as const }),
  fc.constant({ kind: 'resume' as const }),
  fc.constant({ kind: 'stop' as const }),
  fc.record({
    kind: fc.constant('step' as const),
    epochs: fc.integer({ min: 1, max: MAX_EPOCHS })
  }),
  fc.record({ kind: fc.constant('setSpeed' as const), speed: speedArb }),
  fc.constant({ kind: 'snapshot' as const })
)

export const datasetArb: fc.Arbitrary<DatasetPayload> = fc
  .record({ rows: fc.integer({ min: 1, max: 8 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      featureNames: fc.array(fc.string({ maxLength: MAX_FEATURE_NAME_LENGTH }), {
        minLength: cols,
        maxLength: cols
      }),
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      x: fc
        .array(finite, { minLength: rows * cols, maxLength: rows * cols })
        .map((values) => Float64Array.from(values)),
      y: fc
        .array(fc.constantFrom(0, 1), { minLength: rows, maxLength: rows })
        .map((labels) => Float64Array.from(labels))
    })
  )

const sgdArb = fc
  .record({
    kind: fc.constant('sgd' as const),
    lr: positive,
    momentum: unit,
    dampening: unit,
    nesterov: fc.boolean(),
    weightDecay: nonNegative
  })
  // PyTorch's own rule: Nesterov needs momentum and no dampening.
  .map((sgd) => (sgd.nesterov ? { ...sgd, momentum: sgd.momentum || 0.9, dampening: 0 } : sgd))

const adamArb = fc.record({
  kind: fc.constant('adam' as const),
  lr: positive,
  beta1: halfOpenUnit,
  beta2: halfOpenUnit,
  eps: positive,
  weightDecay: nonNegative
})

export const optimizerArb: fc.Arbitrary<OptimizerConfig> = fc.oneof(sgdArb, adamArb)

export const configArb: fc.Arbitrary<TrainingConfig> = fc
  .record({
    epochs: fc.integer({ min: 0, max: MAX_EPOCHS }),
    // raised below to what keeps the run within the log-line limit
    logEvery: fc.integer({ min: 1, max: MAX_EPOCHS }),
    init: fc.constantFrom('zeros' as const, 'torch' as const),
    seed: fc.maxSafeNat(),
    optimizer: optimizerArb,
    threshold: unit,
    batchSize: fc.option(fc.integer({ min: 1, max: MAX_ROWS }), { nil: null })
  })
  .map((config) => ({
    ...config,
    logEvery: Math.max(config.logEvery, minimumLogEvery(config.epochs))
  }))

function trainerStateArb(size: number, config: TrainingConfig): fc.Arbitrary<TrainerState> {
  const vector = fc.array(finite, { minLength: size, maxLength: size })
  const optimizer =
    config.optimizer.kind === 'sgd'
      ? fc.record({ kind: fc.constant('sgd' as const), momentumBuffer: fc.option(vector) })
      : fc.record({
          kind: fc.constant('adam' as const),
          step: fc.maxSafeNat(),
          expAvg: vector,
          expAvgSq: fc.array(nonNegative, { minLength: size, maxLength: size })
        })
  return fc.record({
    version: fc.constant(1 as const),
    epoch: fc.integer({ min: 0, max: config.epochs + 1 }),
    params: vector,
    optimizer,
    rng: fc.record({
      state: fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), {
        minLength: MT_STATE_WORDS,
        maxLength: MT_STATE_WORDS
      }),
      index: fc.integer({ min: 0, max: MT_STATE_WORDS })
    })
  })
}

export const trainRequestArb: fc.Arbitrary<TrainRequest> = fc
  .record({ data: datasetArb, config: configArb, speed: speedArb })
  .chain(({ data, config, speed }) =>
    fc.record(
      {
        data: fc.constant(data),
        config: fc.constant(config),
        speed: fc.constant(speed),
        startPaused: fc.boolean(),
        resumeFrom: trainerStateArb(data.cols + 1, config)
      },
      { requiredKeys: ['data', 'config', 'speed'] }
    )
  )

export const menuCommandArb: fc.Arbitrary<MenuCommand> = fc.oneof(
  fc.record({ kind: fc.constant('setLocale' as const), locale: fc.constantFrom('ko', 'en') }),
  fc.record({
    kind: fc.constant('setTheme' as const),
    theme: fc.constantFrom('light', 'dark', 'system')
  }),
  fc.constantFrom<MenuCommand>(
    { kind: 'showShortcuts' },
    { kind: 'importCsv' },
    {
      kind: 'exportCsv'
    }
  )
)

/** The lab's toy data and defaults: a request every layer must accept. */
export function labRequest(): TrainRequest {
  return {
    data: {
      featureNames: ['x1', 'x2'],
      rows: 6,
      cols: 2,
      x: Float64Array.from([1, 2, 2, 3, 3, 1, 4, 3, 5, 3, 6, 2]),
      y: Float64Array.from([0, 0, 0, 1, 1, 1])
    },
    config: {
      epochs: 1000,
      logEvery: 100,
      init: 'zeros',
      seed: 1,
      optimizer: { kind: 'sgd', lr: 1, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
      threshold: 0.5,
      batchSize: null
    },
    speed: { mode: 'max' }
  }
}
