// The session document on disk (version 2), as zod checks its structure: every key, every small
// value. The big arrays (the table's columns and texts, the history, the log) are only checked to
// be arrays here: their lengths are checked against the limits first (sessionShape.ts), then their
// elements in one plain loop each (documentArrays.ts), because zod's per-element parse would cost
// more than the rest of decoding for a 100,000-row table.
//
// {
//   "format": "logit-lab/session",            always this: what the file is
//   "version": 1,                              the document version (see migrations.ts)
//   "app": { "name": "Logit Lab", "version": "0.1.0" },   who saved it
//   "savedAt": "2025-03-01T09:30:00.000Z",     when (ISO 8601, UTC), or null
//   "title": "", "notes": "",                  free text
//   "data": {
//     "featureNames": ["x1", "x2"], "labelName": "y",
//     "columns": [[...], [...], [...]],        d feature columns, then the labels; each as many
//                                              values as the table has rows (rows are not stored:
//                                              the arrays carry them). A value is a number, null
//                                              for a cell with no number (NaN in memory), or
//                                              1e999 / -1e999 for ±Infinity (JSON has no literal
//                                              for it; every JSON reader parses these to ±inf).
//     "texts": [[], [[3, "1.50"]], []]         per column, [row, text] for each cell whose text
//                                              differs from the number's own spelling, rows
//                                              strictly ascending
//   },
//   "settings": { "config": {...}, "speed": {"mode": "max"}, "stepUnit": "epoch",
//                 "otherOptimizer": {...},       the optimizer not chosen, with its values
//                 "batchSize": 2 },              the mini-batch size, kept under full batch
//   "run": null | {
//     "config": {...}, "state": "done", "epoch": 1000, "totalEpochs": 1000,
//     "weights": [...], "bias": 0, "trainer": {...} | null,
//     "problem": null | {"code": "diverged", "epoch": 12, "quantity": "cost"} | ...,
//     "notice": null | {"code": "chaotic", "epoch": 21},
//     "history": { "epochs": [...], "cost": [...], "accuracy": [...], "downsampled": false },
//     "log": { "epochs": [...], "cost": [...], "accuracy": [...], "texts": [...] }
//   },
//   "keptRuns": [                              runs kept for comparison (at most 4; see
//     { "config": {...}, "state": "done",      keptRuns.ts), each checked whole by zod: a few
//       "epoch": 1000, "weights": [...],       thousand numbers
//       "bias": 0, "finalCost": 0.02, "finalAccuracy": 1,
//       "curve": { "epochs": [...], "cost": [...], "accuracy": [...] } }
//   ]
// }
//
// Numbers are JavaScript's shortest round-trip spelling, so every float64 reads back exactly;
// -0 is written "-0". Outside the table's columns every number must be finite.
import '../zodSetup' // before any schema is built
import { z } from 'zod'
import { trainerStateSchema } from '../dataSchemas'
import { MAX_COLS, MAX_EPOCHS, MAX_ROWS } from '../limits'
import { epochCount, optimizerSchema, speedSchema, trainingConfigSchema } from '../configSchemas'
import { keptRunsSchema } from './keptRuns'
import { SESSION_FORMAT, SESSION_VERSION } from './sessionFormat'

/** An array whose elements are checked later, after its length. */
const looseArray = z.custom<unknown[]>((value) => Array.isArray(value), {
  params: { reason: 'type' }
})

export const stepUnitSchema = z.enum(['epoch', 'logInterval'])
/** When the file was saved: ISO 8601 in UTC, as Date.prototype.toISOString writes it. */
export const savedAtSchema = z.iso.datetime().nullable()
export const runStateSchema = z.enum(['paused', 'done', 'stopped', 'diverged', 'error'])

export const settingsSchema = z.strictObject({
  config: trainingConfigSchema,
  speed: speedSchema,
  stepUnit: stepUnitSchema,
  otherOptimizer: optimizerSchema,
  batchSize: z.number().int().min(1).max(MAX_ROWS)
})

/** A worker's own words are kept, within reason (they are for the status line). */
export const MAX_PROBLEM_MESSAGE_LENGTH = 1000

const workerLossSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unknownMessage') }),
  z.strictObject({ kind: z.literal('unreadableMessage') }),
  z.strictObject({ kind: z.literal('stopped') }),
  z.strictObject({ kind: z.literal('exited'), exitCode: z.number().int() }),
  z.strictObject({
    kind: z.literal('failed'),
    message: z.string().max(MAX_PROBLEM_MESSAGE_LENGTH)
  })
])

export const runProblemSchema = z.discriminatedUnion('code', [
  z.strictObject({
    code: z.literal('diverged'),
    epoch: epochCount,
    quantity: z.enum(['cost', 'gradients', 'weights'])
  }),
  z.strictObject({ code: z.literal('workerCrashed'), loss: workerLossSchema })
])

export const runNoticeSchema = z.strictObject({ code: z.literal('chaotic'), epoch: epochCount })

/** The run's fields besides its series: the same in memory and on disk. */
const runHead = {
  config: trainingConfigSchema,
  state: runStateSchema,
  epoch: z.number().int().min(-1).max(MAX_EPOCHS),
  totalEpochs: z.number().int().min(0).max(MAX_EPOCHS),
  weights: z.array(z.number()).max(MAX_COLS),
  bias: z.number(),
  trainer: trainerStateSchema.nullable(),
  problem: runProblemSchema.nullable(),
  notice: runNoticeSchema.nullable()
}

/** For a run in memory: its series are typed arrays, checked by checkSession.ts. */
export const runHeadSchema = z.object(runHead)

export const documentSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  app: z.strictObject({ name: z.string(), version: z.string() }),
  savedAt: savedAtSchema,
  title: z.string(),
  notes: z.string(),
  data: z.strictObject({
    featureNames: looseArray,
    labelName: z.string(),
    columns: looseArray,
    texts: looseArray
  }),
  settings: settingsSchema,
  run: z
    .strictObject({
      ...runHead,
      history: z.strictObject({
        epochs: looseArray,
        cost: looseArray,
        accuracy: looseArray,
        downsampled: z.boolean()
      }),
      log: z.strictObject({
        epochs: looseArray,
        cost: looseArray,
        accuracy: looseArray,
        texts: looseArray
      })
    })
    .nullable(),
  keptRuns: keptRunsSchema
})

/** A document whose structure checked out; its big arrays still hold unchecked elements. */
export type SessionDocument = z.infer<typeof documentSchema>
