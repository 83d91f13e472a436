// The document requests' payloads as main checks them (see ./documents.ts for what each means).
// A session is checked whole (its structure as it crosses, texts packed, then every rule of the
// file format once unpacked), so a window can only ever have main write a file that opens again.
import './zodSetup' // before any schema is built
import { z } from 'zod'
import type { DocumentState, ExportFile, ExportKind } from './contract'
import { MAX_TITLE_LENGTH } from './limits'
import { MAX_PAYLOAD_BYTES } from './payloadSize'
import { sessionPayloadSchema } from './session/sessionPayload'

/** Tokens are minted by main for one question (an open, a close) and answered once. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a token')

export const EXPORT_KINDS = [
  'weightsJson',
  'weightsCsv',
  'predictionsCsv',
  'pytorch',
  'safetensors',
  'onnx',
  'sklearn',
  'pytorchCode',
  'zip'
] as const satisfies readonly ExportKind[]

/** A file name to offer in a Save dialog: no folder, no control characters. */
export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) => !/[/\\]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20),
    'expected a file name without a folder'
  )

export const exportFileSchema: z.ZodType<ExportFile> = z.strictObject({
  kind: z.enum(EXPORT_KINDS),
  suggestedName: suggestedNameSchema,
  content: z.union([
    z.string().max(MAX_PAYLOAD_BYTES / 2),
    z.custom<Uint8Array>((value) => value instanceof Uint8Array)
  ])
})

export const documentStateSchema: z.ZodType<DocumentState> = z.strictObject({
  title: z.string().max(MAX_TITLE_LENGTH),
  dirty: z.boolean()
})

const noArguments = z.strictObject({})

export const documentRequestSchemas = {
  saveSession: z.strictObject({
    session: sessionPayloadSchema,
    as: z.boolean()
  }),
  openDocument: noArguments,
  answerOpen: z.strictObject({ token: tokenSchema, accept: z.boolean() }),
  // Main checks more before it opens anything: a file (not a folder) with our extensions.
  openDroppedFile: z.strictObject({ path: z.string().min(1).max(4096) }),
  newDocument: noArguments,
  backupSession: z.strictObject({ session: sessionPayloadSchema }),
  setDocumentState: documentStateSchema,
  answerClose: z.strictObject({ token: tokenSchema, close: z.boolean() }),
  answerRecovery: z.strictObject({ restore: z.boolean() }),
  exportFile: exportFileSchema
}
