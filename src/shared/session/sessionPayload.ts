// A session as it arrives over IPC from a renderer (untrusted): its structure by zod, in memory's
// shape (typed arrays), then every rule the codec applies (checkSession), so what main accepts is
// a session it can write, and what it writes opens again.
import '../zodSetup' // before any schema is built
import { z } from 'zod'
import { checkSession } from './checkSession'
import { runHeadSchema, settingsSchema } from './documentSchema'
import type { KeptRun, Session } from './sessionTypes'

const float64Array = z.custom<Float64Array>((value) => value instanceof Float64Array)
/** Checked element by element by checkSession, after their lengths. */
const textPairs = z.array(z.custom<[number, string]>((value) => Array.isArray(value)))

const series = { epochs: float64Array, cost: float64Array, accuracy: float64Array }

const sessionStructure = z.strictObject({
  title: z.string(),
  notes: z.string(),
  data: z.strictObject({
    featureNames: z.array(z.string()),
    labelName: z.string(),
    rows: z.number().int().min(0),
    columns: z.array(float64Array),
    texts: z.array(textPairs)
  }),
  settings: settingsSchema,
  run: runHeadSchema
    .extend({
      history: z.strictObject({ ...series, downsampled: z.boolean() }),
      log: z.strictObject({ ...series, texts: z.array(z.string()) })
    })
    .strict()
    .nullable(),
  /** Checked run by run by checkSession (keptRunsSchema). */
  keptRuns: z.array(z.custom<KeptRun>()).optional()
})

/** The session a payload holds, fit to write; fails with the first problem, its path named. */
export const sessionPayloadSchema = sessionStructure.superRefine((value, ctx) => {
  const problem = checkSession(value as Session)
  if (problem) {
    const field = 'field' in problem ? problem.field : undefined
    ctx.addIssue({
      code: 'custom',
      message: `session: ${problem.code}`,
      path: field ? fieldKeys(field) : [],
      params: { sessionError: problem }
    })
  }
}) as unknown as z.ZodType<Session>

/** "data.texts[1][4][0]" as zod's path, indexes as numbers (so refusal spells them "[1]"). */
function fieldKeys(field: string): PropertyKey[] {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key))
}
