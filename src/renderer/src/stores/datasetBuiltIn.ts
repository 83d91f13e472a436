// A built-in data set (src/core/datasets: the lab, Iris, the seeded generators) as the editor's
// table, made the way a session's table is (shared/session's tableFromDataset), so a loaded set
// saves, exports and trains exactly as the same rows typed in would.
import {
  builtInData,
  type BuiltInDataRequest,
  type BuiltInDatasetId,
  type BuiltInIssue
} from '@core/datasets'
import { tableFromDataset } from '@shared/session'
import { DataTable, type TableState } from './datasetTable'
import { tableStateOf } from './sessionTable'

export type BuiltInTable = { ok: true; state: TableState } | { ok: false; issue: BuiltInIssue }

/** The set's table, or what is wrong with the request (core's issue, for the picker to say). */
export function builtInTable(id: BuiltInDatasetId, request: BuiltInDataRequest = {}): BuiltInTable {
  const result = builtInData(id, request)
  if (!result.ok) return result
  const { dataset, labelName } = result.data
  const state = tableStateOf(tableFromDataset(dataset, labelName))
  // Every value is a finite number and every label 0 or 1, but the counts are the table's to keep.
  new DataTable(state).recountRows()
  return { ok: true, state }
}
