// The counts and lengths of a session, checked against the limits and against each other before
// any element is read: a file of 10,000,000 rows is refused for its row count, without a pass
// over its cells. The same rules apply to a session in memory (encodeSession) and to a parsed
// document (decodeSession), which give their lengths through SessionShape.
import { dataLimitIssue, MAX_HISTORY_POINTS, MAX_LOG_LINES } from '../limits'
import type { SessionCount, SessionError } from './sessionErrors'

export interface SessionShape {
  features: number
  rows: number
  /** The length of each column (features + 1 of them). */
  columns: readonly number[]
  /** How many columns of texts. */
  textColumns: number
  /** Lengths of [epochs, cost, accuracy], or null without a run. */
  history: readonly [number, number, number] | null
  /** Lengths of [epochs, cost, accuracy, texts], or null without a run. */
  log: readonly [number, number, number, number] | null
}

const HISTORY_FIELDS = ['epochs', 'cost', 'accuracy'] as const
const LOG_FIELDS = ['epochs', 'cost', 'accuracy', 'texts'] as const

export function shapeProblem(shape: SessionShape): SessionError | null {
  const { features, rows, columns } = shape
  if (!Number.isSafeInteger(rows) || rows < 0) {
    return { code: 'invalidField', field: 'data.rows', reason: 'value' }
  }
  // The limits every way data comes in applies, so a session holds only data the app can open.
  const limit = dataLimitIssue(rows, features)
  if (limit) {
    const field = limit.limit === 'features' ? 'data.featureNames' : 'data.columns'
    return tooMany(limit.limit, field, limit.max, limit.actual)
  }
  if (columns.length !== features + 1) {
    return lengthMismatch('data.columns', features + 1, columns.length)
  }
  const short = columns.findIndex((length) => length !== rows)
  if (short >= 0) return lengthMismatch(`data.columns[${short}]`, rows, columns[short])
  if (shape.textColumns !== features + 1) {
    return lengthMismatch('data.texts', features + 1, shape.textColumns)
  }
  return (
    seriesProblem(
      'run.history',
      HISTORY_FIELDS,
      shape.history,
      'historyPoints',
      MAX_HISTORY_POINTS
    ) ?? seriesProblem('run.log', LOG_FIELDS, shape.log, 'logLines', MAX_LOG_LINES)
  )
}

/** Parallel arrays: the first within its limit, the others as long. */
function seriesProblem(
  field: string,
  names: readonly string[],
  lengths: readonly number[] | null,
  what: 'historyPoints' | 'logLines',
  limit: number
): SessionError | null {
  if (lengths === null) return null
  const points = lengths[0]
  if (points > limit) return tooMany(what, `${field}.${names[0]}`, limit, points)
  const other = lengths.findIndex((length) => length !== points)
  return other < 0 ? null : lengthMismatch(`${field}.${names[other]}`, points, lengths[other])
}

function tooMany(what: SessionCount, field: string, limit: number, actual: number): SessionError {
  return { code: 'tooMany', what, field, limit, actual }
}

function lengthMismatch(field: string, expected: number, actual: number): SessionError {
  return { code: 'mismatch', field, measure: 'length', expected, actual }
}
