// What to say when data would pass the app's limits (shared/limits.ts, the one check every door
// uses): an i18n key for where it came in (a file, a paste, a new row or feature) and which limit,
// with the shape the data has or would have, and the limit.
import { dataLimitIssue, type DataLimitIssue } from '@shared/limits'

export type LimitContext = 'file' | 'paste' | 'addRow' | 'addFeature'
/** The changes to the table that can add rows or features. */
export type TableChange = Exclude<LimitContext, 'file'>

export interface LimitMessage {
  key: string
  params: Record<string, string | number>
}

/**
 * `shape`: the rows and features of the file as far as it was read, or of the table as the change
 * would leave it. Every sentence names the count and the limit (data.limit.* in i18n).
 */
export function limitMessage(
  issue: DataLimitIssue,
  context: LimitContext,
  shape: { rows: number; features: number },
  file = ''
): LimitMessage {
  const { rows, features } = shape
  return {
    key: `data.limit.${context}.${issue.limit}`,
    params: { file, rows, features, columns: features + 1, cells: rows * features, max: issue.max }
  }
}

/**
 * Why a table of `rows` rows and `features` features is more than the app holds (the check main
 * and the CLI make), or null: what the toolbar shows, and what a change refused for it says.
 */
export function tableLimit(
  context: TableChange,
  rows: number,
  features: number
): LimitMessage | null {
  const issue = dataLimitIssue(rows, features)
  return issue === null ? null : limitMessage(issue, context, { rows, features })
}
