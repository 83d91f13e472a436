// A session as it arrives over IPC from a renderer (untrusted), in its wire shape (cell texts
// packed: ./packedTexts.ts): its structure by zod, in memory's shape (typed arrays), and the
// packing's own rules; then, unpacked, every rule the codec applies (checkSession), so what main
// accepts is a session it can write, and what it writes opens again.
import '../zodSetup' // before any schema is built
import { z } from 'zod'
import { checkSession } from './checkSession'
import { runHeadSchema, settingsSchema } from './documentSchema'
import {
  packedTextsProblem,
  unpackSession,
  type PackedTexts,
  type PackedTextsProblem,
  type WireSession
} from './packedTexts'
import type { KeptRun, Session } from './sessionTypes'

const float64Array = z.custom<Float64Array>((value) => value instanceof Float64Array)
const packedArray = z.custom<Float64Array<ArrayBuffer>>((value) => value instanceof Float64Array)

/** The refusal's message, in English like zod's own. */
function packingMessage(problem: PackedTextsProblem): string {
  switch (problem.field) {
    case 'rows':
      return 'expected a whole row index'
    case 'joined':
      return 'expected the last end to be the joined texts’ length'
    case 'ends':
      if (problem.reason === 'order') return 'expected whole, non-decreasing ends'
      return problem.index === undefined ? 'expected one end per row' : 'past the joined texts'
  }
}

const packedTexts = z
  .strictObject({ rows: packedArray, ends: packedArray, joined: z.string() })
  .superRefine((packed: PackedTexts, ctx) => {
    const problem = packedTextsProblem(packed)
    if (!problem) return
    const index = 'index' in problem && problem.index !== undefined ? [problem.index] : []
    ctx.addIssue({
      code: 'custom',
      message: packingMessage(problem),
      path: [problem.field, ...index]
    })
  })

const series = { epochs: float64Array, cost: float64Array, accuracy: float64Array }

const sessionStructure = z.strictObject({
  title: z.string(),
  notes: z.string(),
  data: z.strictObject({
    featureNames: z.array(z.string()),
    labelName: z.string(),
    rows: z.number().int().min(0),
    columns: z.array(float64Array),
    texts: z.array(packedTexts)
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

/**
 * The session a payload holds, whole again and fit to write; fails with the first problem, its
 * path named: a packing's as `data.texts[1].ends[4]`, a pair's as checkSession names it in the
 * unpacked session (`data.texts[1][4][0]`: pair 4's row).
 */
export const sessionPayloadSchema = sessionStructure
  // Only a structure that passed gets here (zod runs no transform after an issue).
  .transform((wire) => unpackSession(wire as WireSession))
  .superRefine((session, ctx) => {
    const problem = checkSession(session)
    if (problem) {
      const field = 'field' in problem ? problem.field : undefined
      ctx.addIssue({
        code: 'custom',
        message: `session: ${problem.code}`,
        path: field ? fieldKeys(field) : [],
        params: { sessionError: problem }
      })
    }
  }) as unknown as z.ZodType<Session, WireSession>

/** "data.texts[1][4][0]" as zod's path, indexes as numbers (so refusal spells them "[1]"). */
function fieldKeys(field: string): PropertyKey[] {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key))
}
