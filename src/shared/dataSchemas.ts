// Schemas of the bulky parts of a train request: the data set (typed arrays) and a saved trainer
// state. Sizes are checked before any element is read, so an oversized payload is rejected
// without a pass over it. Rows and columns in messages are 0-based, like core's dataset issues.
import './zodSetup' // before any schema is built
import { z } from 'zod'
import {
  MAX_CELLS,
  MAX_COLS,
  MAX_EPOCHS,
  MAX_FEATURE_NAME_LENGTH,
  MAX_ROWS,
  MT_STATE_WORDS
} from './limits'

/** The params of an issue about the data's values (the API's `invalidData`, see validation.ts). */
export const DATA_ISSUE = { refused: 'data' } as const

export const float64Array = z.custom<Float64Array>(
  (value) => value instanceof Float64Array,
  'expected a Float64Array'
)

export const datasetSchema = z
  .strictObject({
    featureNames: z.array(z.string().max(MAX_FEATURE_NAME_LENGTH)).min(1).max(MAX_COLS),
    rows: z.number().int().min(1).max(MAX_ROWS),
    cols: z.number().int().min(1).max(MAX_COLS),
    x: float64Array,
    y: float64Array
  })
  .superRefine((data, ctx) => {
    const fail = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message })
    }
    /** A cell or a label: the user's data is refused, not the payload's shape. */
    const refuseData = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message, params: DATA_ISSUE })
    }
    const { rows, cols, x, y } = data
    if (rows * cols > MAX_CELLS) return fail(['rows'], `rows x cols must be at most ${MAX_CELLS}`)
    if (data.featureNames.length !== cols) return fail(['featureNames'], `expected ${cols} names`)
    if (x.length !== rows * cols) return fail(['x'], `expected ${rows * cols} features`)
    if (y.length !== rows) return fail(['y'], `expected ${rows} labels`)
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(x[i])) {
        const row = Math.floor(i / cols)
        const column = i % cols
        return refuseData(['x', row, column], `row ${row}, column ${column}: not a finite number`)
      }
    }
    for (let row = 0; row < rows; row++) {
      if (y[row] !== 0 && y[row] !== 1) {
        return refuseData(['y', row], `row ${row}: label must be 0 or 1`)
      }
    }
  })

const vector = z.array(z.number()).max(MAX_COLS + 1)

export const optimizerStateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sgd'), momentumBuffer: vector.nullable() }),
  z.strictObject({
    kind: z.literal('adam'),
    step: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    expAvg: vector,
    expAvgSq: z.array(z.number().nonnegative()).max(MAX_COLS + 1)
  })
])

export const trainerStateSchema = z.strictObject({
  version: z.literal(1),
  epoch: z
    .number()
    .int()
    .min(0)
    .max(MAX_EPOCHS + 1),
  params: vector.min(2),
  optimizer: optimizerStateSchema,
  rng: z.strictObject({
    state: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(2 ** 32 - 1)
      )
      .length(MT_STATE_WORDS),
    index: z.number().int().min(0).max(MT_STATE_WORDS)
  }),
  accumulatedGrad: vector.optional()
})
