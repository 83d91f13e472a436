// A zod refusal as a session error: the first issue, with the field it is about.
import type { z } from 'zod'
import { fieldPath } from '../validation'
import type { InvalidReason, SessionError } from './sessionErrors'

/**
 * `input`: what was parsed, to tell a wrong kind of value from a number out of place; `prefix`:
 * where it sits in the document (e.g. ['settings']).
 */
export function issueError(
  error: z.ZodError,
  input: unknown,
  prefix: readonly PropertyKey[] = []
): SessionError {
  const issue = error.issues[0]
  if (!issue) return { code: 'invalidField', field: fieldPath(prefix), reason: 'value' }
  const field = fieldPath([...prefix, ...issue.path])
  if (issue.code === 'unrecognized_keys') {
    return {
      code: 'invalidField',
      field: `${field}${field ? '.' : ''}${issue.keys[0]}`,
      reason: 'unknownKey'
    }
  }
  return { code: 'invalidField', field, reason: reasonOf(issue, valueAt(input, issue.path)) }
}

function reasonOf(issue: z.core.$ZodIssue, value: unknown): InvalidReason {
  // zod calls 1e999 (Infinity) and 1.5 where a count belongs the wrong type; for the file they
  // are numbers in the wrong place.
  if (issue.code === 'invalid_type') return typeof value === 'number' ? 'value' : 'type'
  if (issue.code === 'custom' && issue.params?.['reason'] === 'type') return 'type'
  return 'value'
}

/** The value at `path` in parsed JSON (own properties only), or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}
