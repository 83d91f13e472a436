// A zod refusal as a session error: the first issue, with the field it is about.
import type { z } from 'zod'
import { fieldPath } from '../validation'
import type { InvalidReason, SessionError } from './sessionErrors'

/** `prefix`: where the parsed value sits in the document (e.g. ['settings']). */
export function issueError(error: z.ZodError, prefix: readonly PropertyKey[] = []): SessionError {
  const issue = error.issues[0]
  if (!issue) return { code: 'invalidField', field: fieldPath(prefix), reason: 'value' }
  const path = [...prefix, ...issue.path]
  if (issue.code === 'unrecognized_keys') {
    return {
      code: 'invalidField',
      field: fieldPath([...path, issue.keys[0]]),
      reason: 'unknownKey'
    }
  }
  return { code: 'invalidField', field: fieldPath(path), reason: reasonOf(issue) }
}

function reasonOf(issue: z.core.$ZodIssue): InvalidReason {
  // zod says a fractional count is not of type 'int': for the file, it is a number out of place.
  if (issue.code === 'invalid_type') return issue.expected === 'int' ? 'value' : 'type'
  if (issue.code === 'custom' && issue.params?.['reason'] === 'type') return 'type'
  return 'value'
}
