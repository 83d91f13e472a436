// Validation where a request comes in: main's IPC for the desktop app, the LabApi of the web
// edition. Both parse with the same schemas and answer a refusal the same way, so the renderer
// sees one kind of error whichever platform it runs on. Past this point a request is trusted.
import type { z } from 'zod'
import type { InvokeMethod, RequestPayloads } from './channels'
import type { ApiError, ApiResult } from './contract'
import { DATA_ISSUE } from './dataSchemas'
import { isWithinPayloadSize, tooLargeError } from './payloadSize'
import { invokePayloadSchemas } from './schemas'

/**
 * The payload of request `method`, parsed (so plain data, a session whole again), or the first
 * problem with it.
 */
export function parseRequest<M extends InvokeMethod>(
  method: M,
  payload: unknown
): ApiResult<RequestPayloads[M]> {
  if (!isWithinPayloadSize(payload)) return { ok: false, error: tooLargeError() }
  const schema: z.ZodType<RequestPayloads[M]> = invokePayloadSchemas[method]
  const parsed = schema.safeParse(payload)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: refusal(parsed.error) }
}

/** The first problem, with the path it is about, e.g. "data.x[3][1]" (0-based row, column). */
export function refusal(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  const message = issue?.message ?? 'invalid payload'
  const isData = issue?.code === 'custom' && issue.params?.['refused'] === DATA_ISSUE.refused
  const code = isData ? 'invalidData' : 'invalidPayload'
  const field = issue ? fieldPath(issue.path) : ''
  return field ? { code, field, message } : { code, message }
}

/** A zod path as the API and the session errors spell it: "data.x[3][1]", "settings.config.lr". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('')
}
