// Runtime schemas of the IPC payloads, describing exactly the types of ./contract.ts (checked at
// compile time at the bottom). Main parses every request from the renderer with these before a
// service sees it; objects are strict, so unknown keys are rejected rather than passed along.
import './zodSetup' // before any schema is built
import { z } from 'zod'
import type { TrainingConfig } from '../core/config'
import type { TrainerState } from '../core/trainer'
import type { InvokePayloads, RequestPayloads } from './channels'
import type {
  DatasetPayload,
  Locale,
  MenuCommand,
  RunCommand,
  Speed,
  Theme,
  TrainingFrame,
  TrainRequest,
  WorkerLoss
} from './contract'
import {
  epochCount,
  nonNegative,
  speedSchema,
  trainingConfigSchema,
  unitInterval
} from './configSchemas'
import { MAX_URL_LENGTH, RUN_ID_PATTERN } from './limits'
import { datasetSchema, float64Array, trainerStateSchema } from './dataSchemas'
import { documentRequestSchemas, EXPORT_KINDS, suggestedNameSchema } from './documentSchemas'
import { LOCALES, THEMES } from './preferences'

export const runIdSchema = z.string().regex(RUN_ID_PATTERN, 'expected a run id')
export const localeSchema = z.enum(LOCALES)
export const themeSchema = z.enum(THEMES)
export { speedSchema, trainingConfigSchema } from './configSchemas'

export const trainRequestSchema = z
  .strictObject({
    data: datasetSchema,
    config: trainingConfigSchema,
    speed: speedSchema,
    startPaused: z.boolean().optional(),
    resumeFrom: trainerStateSchema.optional()
  })
  .superRefine(({ data, config, resumeFrom }, ctx) => {
    if (!resumeFrom) return
    const fail = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path: ['resumeFrom', ...path], message })
    }
    const size = data.cols + 1
    if (resumeFrom.params.length !== size) fail(['params'], `expected ${size} parameters`)
    if (resumeFrom.epoch > config.epochs + 1) fail(['epoch'], 'saved epoch is past the run')
    const saved = resumeFrom.optimizer
    if (saved.kind !== config.optimizer.kind) fail(['optimizer', 'kind'], 'optimizer differs')
    const moments =
      saved.kind === 'adam'
        ? [saved.expAvg, saved.expAvgSq]
        : saved.momentumBuffer
          ? [saved.momentumBuffer]
          : []
    if (moments.some((moment) => moment.length !== size)) {
      fail(['optimizer'], `expected ${size} optimizer moments`)
    }
    // A run that forgets zero_grad continues from its accumulated gradient; no other run has one.
    const grad = resumeFrom.accumulatedGrad
    const forgets = config.mistakes?.forgetZeroGrad === true
    if (grad !== undefined && !forgets)
      fail(['accumulatedGrad'], 'only a run that forgets zero_grad')
    if (grad === undefined && forgets && resumeFrom.epoch > 0) fail(['accumulatedGrad'], 'missing')
    if (grad !== undefined && grad.length !== size) fail(['accumulatedGrad'], `expected ${size}`)
  })

/** What a run may be asked while it runs: one entry per RunCommand. */
export const runCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('resume') }),
  z.strictObject({ kind: z.literal('step'), epochs: epochCount.min(1) }),
  z.strictObject({ kind: z.literal('stop') }),
  z.strictObject({ kind: z.literal('setSpeed'), speed: speedSchema }),
  z.strictObject({ kind: z.literal('snapshot') })
])

const requestSchemas = {
  train: trainRequestSchema,
  command: z.strictObject({ runId: runIdSchema, command: runCommandSchema }),
  setPreferences: z.strictObject({
    locale: localeSchema,
    theme: themeSchema,
    presenting: z.boolean()
  }),
  openExternal: z.strictObject({ url: z.string().max(MAX_URL_LENGTH) }),
  printReport: z.strictObject({ suggestedName: suggestedNameSchema }),
  ...documentRequestSchemas
}

/**
 * One schema per request channel, keyed like the channels themselves: each takes the payload as it
 * crosses (InvokePayloads) and gives it as main's handler gets it (RequestPayloads).
 */
export const invokePayloadSchemas: { [M in keyof InvokePayloads]: z.ZodType<RequestPayloads[M]> } =
  requestSchemas

export const menuCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('setLocale'), locale: localeSchema }),
  z.strictObject({ kind: z.literal('setTheme'), theme: themeSchema }),
  z.strictObject({ kind: z.literal('showShortcuts') }),
  z.strictObject({ kind: z.literal('setPresenting'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('importCsv') }),
  z.strictObject({ kind: z.literal('exportCsv') }),
  z.strictObject({ kind: z.literal('newDocument') }),
  z.strictObject({ kind: z.literal('openDocument') }),
  z.strictObject({ kind: z.literal('saveDocument'), as: z.boolean() }),
  z.strictObject({
    kind: z.literal('exportModel'),
    format: z.enum(EXPORT_KINDS).exclude(['zip'])
  }),
  z.strictObject({ kind: z.literal('importWeights') }),
  z.strictObject({ kind: z.literal('copyShareLink') }),
  z.strictObject({ kind: z.literal('openShareLink') })
])

export const workerLossSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unknownMessage') }),
  z.strictObject({ kind: z.literal('unreadableMessage') }),
  z.strictObject({ kind: z.literal('stopped') }),
  z.strictObject({ kind: z.literal('exited'), exitCode: z.number().int() }),
  z.strictObject({ kind: z.literal('failed'), message: z.string() })
])

const logLineSchema = z.strictObject({
  epoch: z.number().int().min(0),
  cost: z.number(),
  accuracy: unitInterval,
  text: z.string()
})

export const trainingFrameSchema = z.strictObject({
  runId: runIdSchema,
  seq: z.number().int().min(0),
  state: z.enum(['running', 'paused', 'done', 'stopped', 'diverged', 'error']),
  epoch: z.number().int().min(-1),
  totalEpochs: epochCount,
  points: z.strictObject({ epochs: float64Array, cost: float64Array, accuracy: float64Array }),
  downsampled: z.boolean(),
  logLines: z.array(logLineSchema),
  weights: z.array(z.number()),
  bias: z.number(),
  epochsPerSecond: nonNegative,
  problem: z
    .discriminatedUnion('code', [
      z.strictObject({
        code: z.literal('diverged'),
        epoch: z.number().int().min(0),
        quantity: z.enum(['cost', 'gradients', 'weights'])
      }),
      z.strictObject({ code: z.literal('workerCrashed'), loss: workerLossSchema })
    ])
    .optional(),
  notice: z.strictObject({ code: z.literal('chaotic'), epoch: z.number().int().min(0) }).optional(),
  trainerState: trainerStateSchema.optional()
})

// Compile-time proof that each schema's type and the contract's type are the same, both ways.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Expect<T extends true> = T
export type _SchemasMatchContract = [
  Expect<Same<z.infer<typeof trainRequestSchema>, TrainRequest>>,
  Expect<Same<z.infer<typeof datasetSchema>, DatasetPayload>>,
  Expect<Same<z.infer<typeof trainingConfigSchema>, TrainingConfig>>,
  Expect<Same<z.infer<typeof trainerStateSchema>, TrainerState>>,
  Expect<Same<z.infer<typeof speedSchema>, Speed>>,
  Expect<Same<z.infer<typeof runCommandSchema>, RunCommand>>,
  Expect<Same<z.infer<typeof workerLossSchema>, WorkerLoss>>,
  Expect<Same<z.infer<typeof localeSchema>, Locale>>,
  Expect<Same<z.infer<typeof themeSchema>, Theme>>,
  Expect<Same<z.infer<typeof menuCommandSchema>, MenuCommand>>,
  Expect<Same<z.infer<typeof trainingFrameSchema>, TrainingFrame>>,
  Expect<PayloadsMatch[keyof InvokePayloads]>,
  // The two whose payload crosses in another shape: a session's texts packed.
  Expect<Same<z.input<typeof requestSchemas.saveSession>, InvokePayloads['saveSession']>>,
  Expect<Same<z.input<typeof requestSchemas.backupSession>, InvokePayloads['backupSession']>>
]
type PayloadsMatch = {
  [M in keyof InvokePayloads]: Same<z.output<(typeof requestSchemas)[M]>, RequestPayloads[M]>
}
