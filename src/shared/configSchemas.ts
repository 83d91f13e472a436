// The training settings and the speed as zod checks them: in IPC requests (./schemas.ts) and in
// session files (./session/documentSchema.ts). A leaf module, so both can build on it.
import './zodSetup' // before any schema is built
import { z } from 'zod'
import { LOSS_KINDS } from '../core/config'
import {
  logLineCount,
  MAX_EPOCHS,
  MAX_LOG_LINES,
  MAX_PACED_EPOCHS_PER_SECOND,
  MAX_ROWS,
  MIN_PACED_EPOCHS_PER_SECOND
} from './limits'

// z.number() already rejects NaN and ±Infinity.
export const unitInterval = z.number().min(0).max(1)
const halfOpenUnit = z.number().min(0).lt(1)
const positive = z.number().positive()
export const nonNegative = z.number().nonnegative()
export const epochCount = z.number().int().min(0).max(MAX_EPOCHS)

export const speedSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('max') }),
  z.strictObject({
    mode: z.literal('paced'),
    epochsPerSecond: z.number().min(MIN_PACED_EPOCHS_PER_SECOND).max(MAX_PACED_EPOCHS_PER_SECOND)
  })
])

const sgdSchema = z
  .strictObject({
    kind: z.literal('sgd'),
    lr: positive,
    momentum: unitInterval,
    dampening: unitInterval,
    nesterov: z.boolean(),
    weightDecay: nonNegative
  })
  // torch.optim.SGD raises for this combination, so PyTorch has no numbers to match.
  .refine((sgd) => !sgd.nesterov || (sgd.momentum > 0 && sgd.dampening === 0), {
    message: 'Nesterov momentum needs momentum > 0 and dampening 0',
    path: ['nesterov']
  })

const adamSchema = z.strictObject({
  kind: z.literal('adam'),
  lr: positive,
  beta1: halfOpenUnit,
  beta2: halfOpenUnit,
  eps: positive,
  weightDecay: nonNegative
})

/** Either optimizer with its values (a session also keeps the one not chosen). */
export const optimizerSchema = z.discriminatedUnion('kind', [sgdSchema, adamSchema])

/** Deliberate mistakes (src/core/mistakes.ts), which a session or a shared lesson may carry. */
export const trainingMistakesSchema = z.strictObject({
  forgetZeroGrad: z.boolean(),
  loss: z.enum(LOSS_KINDS)
})

export const trainingConfigSchema = z
  .strictObject({
    epochs: epochCount,
    logEvery: epochCount.min(1),
    init: z.enum(['zeros', 'torch']),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    optimizer: optimizerSchema,
    threshold: unitInterval,
    batchSize: z.number().int().min(1).max(MAX_ROWS).nullable(),
    mistakes: trainingMistakesSchema.optional(),
    // Absent in sessions and links made before standardization existed: the data as given.
    standardize: z.boolean().optional()
  })
  // Every logged line of a run is kept whole (for the log, the charts' marks, a saved session):
  // the settings panel already refuses more, and so does every other door.
  .refine(({ epochs, logEvery }) => logLineCount(epochs, logEvery) <= MAX_LOG_LINES, {
    message: `a run may print at most ${MAX_LOG_LINES} log lines: raise logEvery`,
    path: ['logEvery']
  })
