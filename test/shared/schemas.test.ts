import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { TrainRequest } from '@shared/contract'
import { MAX_CELLS, MAX_COLS, MAX_EPOCHS, MT_STATE_WORDS } from '@shared/limits'
import {
  invokePayloadSchemas,
  menuCommandSchema,
  speedSchema,
  trainingFrameSchema,
  trainRequestSchema
} from '@shared/schemas'
import {
  labRequest,
  menuCommandArb,
  runCommandArb,
  runIdArb,
  trainRequestArb
} from './contractArbitraries'

/** The payload path of the first problem, or 'valid'. */
function firstProblem(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value)
  return result.success ? 'valid' : result.error.issues[0].path.map(String).join('.')
}

/** The lab request with one change made by `edit` (which may mutate its argument). */
function labWith(edit: (request: TrainRequest) => void): TrainRequest {
  const request = labRequest()
  edit(request)
  return request
}

function savedState(size: number): NonNullable<TrainRequest['resumeFrom']> {
  return {
    version: 1,
    epoch: 10,
    params: new Array<number>(size).fill(0.5),
    optimizer: { kind: 'sgd', momentumBuffer: null },
    rng: { state: new Array<number>(MT_STATE_WORDS).fill(7), index: MT_STATE_WORDS }
  }
}

describe('trainRequestSchema', () => {
  it("accepts the lab's request", () => {
    expect(firstProblem(trainRequestSchema, labRequest())).toBe('valid')
  })

  it('accepts every valid request and returns it unchanged', () => {
    fc.assert(
      fc.property(trainRequestArb, (request) => {
        const parsed = trainRequestSchema.parse(request)
        expect(parsed).toEqual(request)
        expect(parsed.data.x).toBeInstanceOf(Float64Array)
      }),
      { numRuns: 300 }
    )
  })

  it.each([
    [
      'a NaN feature, naming its row and column',
      (r: TrainRequest) => (r.data.x[3] = NaN),
      'data.x.1.1'
    ],
    ['an infinite feature', (r: TrainRequest) => (r.data.x[10] = -Infinity), 'data.x.5.0'],
    ['a label of 0.5', (r: TrainRequest) => (r.data.y[4] = 0.5), 'data.y.4'],
    ['a label of 2', (r: TrainRequest) => (r.data.y[0] = 2), 'data.y.0'],
    ['a NaN label', (r: TrainRequest) => (r.data.y[5] = NaN), 'data.y.5'],
    [
      'too few features for rows x cols',
      (r: TrainRequest) => (r.data.x = r.data.x.subarray(1)),
      'data.x'
    ],
    ['too many labels', (r: TrainRequest) => (r.data.y = new Float64Array(7)), 'data.y'],
    ['a feature name too few', (r: TrainRequest) => r.data.featureNames.pop(), 'data.featureNames'],
    [
      'features as a plain array',
      (r: TrainRequest) => Object.assign(r.data, { x: [1, 2] }),
      'data.x'
    ],
    [
      'features as float32',
      (r: TrainRequest) => Object.assign(r.data, { x: new Float32Array(12) }),
      'data.x'
    ],
    ['no rows', (r: TrainRequest) => (r.data.rows = 0), 'data.rows'],
    ['a fractional row count', (r: TrainRequest) => (r.data.rows = 5.5), 'data.rows'],
    ['more columns than the cap', (r: TrainRequest) => (r.data.cols = MAX_COLS + 1), 'data.cols'],
    [
      'an overlong feature name',
      (r: TrainRequest) => (r.data.featureNames[0] = 'x'.repeat(201)),
      'data.featureNames.0'
    ],
    ['negative epochs', (r: TrainRequest) => (r.config.epochs = -1), 'config.epochs'],
    ['fractional epochs', (r: TrainRequest) => (r.config.epochs = 1.5), 'config.epochs'],
    [
      'epochs past a billion',
      (r: TrainRequest) => (r.config.epochs = MAX_EPOCHS + 1),
      'config.epochs'
    ],
    ['a log interval of 0', (r: TrainRequest) => (r.config.logEvery = 0), 'config.logEvery'],
    ['a negative seed', (r: TrainRequest) => (r.config.seed = -1), 'config.seed'],
    ['an unsafe seed', (r: TrainRequest) => (r.config.seed = 2 ** 53), 'config.seed'],
    ['a threshold above 1', (r: TrainRequest) => (r.config.threshold = 1.01), 'config.threshold'],
    ['a batch of 0 rows', (r: TrainRequest) => (r.config.batchSize = 0), 'config.batchSize'],
    ['a fractional batch', (r: TrainRequest) => (r.config.batchSize = 2.5), 'config.batchSize'],
    [
      'an unknown init',
      (r: TrainRequest) => Object.assign(r.config, { init: 'xavier' }),
      'config.init'
    ],
    [
      'a learning rate of 0',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { lr: 0 }),
      'config.optimizer.lr'
    ],
    [
      'a NaN learning rate',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { lr: NaN }),
      'config.optimizer.lr'
    ],
    [
      'an infinite learning rate',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { lr: Infinity }),
      'config.optimizer.lr'
    ],
    [
      'momentum above 1',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { momentum: 1.5 }),
      'config.optimizer.momentum'
    ],
    [
      'dampening below 0',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { dampening: -0.1 }),
      'config.optimizer.dampening'
    ],
    [
      'Nesterov without momentum',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { nesterov: true }),
      'config.optimizer.nesterov'
    ],
    [
      'negative weight decay',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { weightDecay: -1 }),
      'config.optimizer.weightDecay'
    ],
    [
      'an unknown optimizer',
      (r: TrainRequest) => Object.assign(r.config.optimizer, { kind: 'lbfgs' }),
      'config.optimizer.kind'
    ],
    ['an unknown key', (r: TrainRequest) => Object.assign(r.config, { evil: true }), 'config'],
    [
      'a missing key',
      (r: TrainRequest) => Reflect.deleteProperty(r.config, 'threshold'),
      'config.threshold'
    ],
    [
      'startPaused as a string',
      (r: TrainRequest) => Object.assign(r, { startPaused: 'yes' }),
      'startPaused'
    ]
  ])('rejects %s', (_name, edit, field) => {
    expect(firstProblem(trainRequestSchema, labWith(edit))).toBe(field)
  })

  it.each([
    ['beta1 of 1', { beta1: 1 }, 'config.optimizer.beta1'],
    ['beta2 below 0', { beta2: -0.5 }, 'config.optimizer.beta2'],
    ['eps of 0', { eps: 0 }, 'config.optimizer.eps'],
    ['a NaN eps', { eps: NaN }, 'config.optimizer.eps']
  ])('rejects an Adam config with %s', (_name, change, field) => {
    const adam = { kind: 'adam' as const, lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 }
    const request = labWith((r) => (r.config.optimizer = { ...adam, weightDecay: 0, ...change }))
    expect(firstProblem(trainRequestSchema, request)).toBe(field)
  })

  it('rejects rows x cols past the cap before reading a single feature', () => {
    const huge = labWith((r) => {
      r.data.rows = MAX_CELLS
      r.data.cols = 2
      r.data.featureNames = ['a', 'b']
    })
    // The typed arrays are tiny: the size check alone must fail the payload.
    expect(firstProblem(trainRequestSchema, huge)).toBe('data.rows')
  })

  it('accepts a saved state that fits the data and the optimizer', () => {
    const request = labWith((r) => (r.resumeFrom = savedState(3)))
    expect(firstProblem(trainRequestSchema, request)).toBe('valid')
  })

  it.each([
    [
      'too many parameters',
      (r: TrainRequest) => (r.resumeFrom = savedState(4)),
      'resumeFrom.params'
    ],
    [
      'an epoch past the run',
      (r: TrainRequest) => (r.resumeFrom = { ...savedState(3), epoch: 1002 }),
      'resumeFrom.epoch'
    ],
    [
      'another optimizer',
      (r: TrainRequest) =>
        (r.resumeFrom = {
          ...savedState(3),
          optimizer: { kind: 'adam', step: 1, expAvg: [0, 0, 0], expAvgSq: [0, 0, 0] }
        }),
      'resumeFrom.optimizer.kind'
    ],
    [
      'a momentum buffer of the wrong size',
      (r: TrainRequest) =>
        (r.resumeFrom = { ...savedState(3), optimizer: { kind: 'sgd', momentumBuffer: [1] } }),
      'resumeFrom.optimizer'
    ],
    [
      'a short generator state',
      (r: TrainRequest) =>
        (r.resumeFrom = { ...savedState(3), rng: { state: [1, 2, 3], index: 0 } }),
      'resumeFrom.rng.state'
    ],
    [
      'a generator word past 32 bits',
      (r: TrainRequest) => {
        const state = savedState(3)
        state.rng.state[5] = 2 ** 32
        r.resumeFrom = state
      },
      'resumeFrom.rng.state.5'
    ],
    [
      'a NaN parameter',
      (r: TrainRequest) => (r.resumeFrom = { ...savedState(3), params: [0, NaN, 0] }),
      'resumeFrom.params.1'
    ]
  ])('rejects a saved state with %s', (_name, edit, field) => {
    expect(firstProblem(trainRequestSchema, labWith(edit))).toBe(field)
  })
})

describe('request payload schemas', () => {
  it('accept every run id and every command, each field in range', () => {
    fc.assert(
      fc.property(runIdArb, runCommandArb, (runId, command) => {
        const parsed = invokePayloadSchemas.command.safeParse({ runId, command })
        expect(parsed.success).toBe(true)
        expect(parsed.data).toEqual({ runId, command })
      })
    )
  })

  it.each([{ kind: 'rewind' }, { kind: 'pause', epochs: 3 }, { kind: 'setSpeed' }, {}, null])(
    'rejects the command %j',
    (command) => {
      expect(firstProblem(invokePayloadSchemas.command, { runId: 'run-1', command })).toMatch(
        /^command/
      )
    }
  )

  it.each(['', 'x'.repeat(129), 'run 1', '../etc', 'run\n1', 42, null])(
    'rejects the run id %j',
    (runId) => {
      const command = { kind: 'stop' }
      expect(firstProblem(invokePayloadSchemas.command, { runId, command })).toBe('runId')
    }
  )

  it.each([0, -1, 1.5, NaN, MAX_EPOCHS + 1, '3'])('rejects a step of %j epochs', (epochs) => {
    const command = { kind: 'step', epochs }
    expect(firstProblem(invokePayloadSchemas.command, { runId: 'run-1', command })).toBe(
      'command.epochs'
    )
  })

  it.each([
    { mode: 'paced', epochsPerSecond: 0 },
    { mode: 'paced', epochsPerSecond: NaN },
    { mode: 'paced', epochsPerSecond: 1e6 },
    { mode: 'paced' },
    { mode: 'max', epochsPerSecond: 5 },
    { mode: 'warp' }
  ])('rejects the speed %j', (speed) => {
    expect(speedSchema.safeParse(speed).success).toBe(false)
  })

  it('rejects a locale other than ko or en, and a URL that is not a string', () => {
    expect(firstProblem(invokePayloadSchemas.setPreferences, { locale: 'fr', theme: 'dark' })).toBe(
      'locale'
    )
    const presenting = { locale: 'en', theme: 'dark', presenting: 'yes' }
    expect(firstProblem(invokePayloadSchemas.setPreferences, presenting)).toBe('presenting')
    expect(firstProblem(invokePayloadSchemas.setPreferences, { locale: 'en', theme: 'dark' })).toBe(
      'presenting'
    )
    expect(firstProblem(invokePayloadSchemas.openExternal, { url: 7 })).toBe('url')
    expect(firstProblem(invokePayloadSchemas.openExternal, { url: 'x'.repeat(5000) })).toBe('url')
  })
})

describe('outgoing payload schemas', () => {
  it('accept every menu command', () => {
    fc.assert(
      fc.property(menuCommandArb, (command) => menuCommandSchema.safeParse(command).success)
    )
  })

  it('accept a training frame and reject one with a NaN cost in a log line', () => {
    const frame = {
      runId: 'run-1',
      seq: 0,
      state: 'running',
      epoch: 0,
      totalEpochs: 1000,
      points: {
        epochs: Float64Array.of(0),
        cost: Float64Array.of(0.693147),
        accuracy: Float64Array.of(0.5)
      },
      downsampled: false,
      logLines: [
        { epoch: 0, cost: 0.693147, accuracy: 0.5, text: 'Epoch    0/1000 Cost: 0.693147' }
      ],
      weights: [0, 0],
      bias: 0,
      epochsPerSecond: 0
    }
    expect(trainingFrameSchema.safeParse(frame).success).toBe(true)
    const broken = { ...frame, logLines: [{ ...frame.logLines[0], cost: NaN }] }
    expect(firstProblem(trainingFrameSchema, broken)).toBe('logLines.0.cost')
    const chaotic = { ...frame, notice: { code: 'chaotic', epoch: 21 } }
    expect(trainingFrameSchema.safeParse(chaotic).success).toBe(true)
    expect(
      firstProblem(trainingFrameSchema, { ...chaotic, notice: { code: 'calm', epoch: 1 } })
    ).toBe('notice.code')
    expect(
      firstProblem(trainingFrameSchema, { ...chaotic, notice: { code: 'chaotic', epoch: -1 } })
    ).toBe('notice.epoch')
  })
})
