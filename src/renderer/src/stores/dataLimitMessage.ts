// What to say when data would pass the app's limits (shared/limits.ts, the one check every door
// uses): an i18n key for where it came in (a file, a paste, a new row or feature) and which limit,
// with the shape the data has or would have, and the limit.
import type { DataLimitIssue } from '@shared/limits'

export type LimitContext = 'file' | 'paste' | 'addRow' | 'addFeature'

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
