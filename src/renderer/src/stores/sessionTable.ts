// The editor's table as a session holds it, and back: pure helpers of the dataset store. Both
// directions copy whole columns (typed-array and array copies, a few milliseconds for 100,000 x 8)
// and touch only the cells whose text is kept; nothing here works cell by cell on text.
import type { SessionData } from '@shared/session'
import type { TableState } from './datasetTable'

/** The table's cells and names, as copies the session owns (the table may change meanwhile). */
export function sessionDataOf(state: TableState): SessionData {
  return {
    featureNames: [...state.featureNames],
    labelName: state.labelName,
    rows: state.rows,
    // The table's columns may hold room past its rows; a session holds the rows.
    columns: state.columns.map((values) => values.slice(0, state.rows)),
    texts: state.texts.map(byRow)
  }
}

/**
 * A column's kept texts as [row, text] pairs by ascending row, as a session lists them (IPC and
 * the codec check the order). The map keeps them in the order they were typed: usually already in
 * order, so sorting is the exception.
 */
function byRow(texts: Map<number, string>): [number, string][] {
  const pairs = [...texts]
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k][0] < pairs[k - 1][0]) return pairs.sort((a, b) => a[0] - b[0])
  }
  return pairs
}

/** A session's table as the editor's state; the problem counts are the caller's to recount. */
export function tableStateOf(data: SessionData): TableState {
  const rows = data.rows
  return {
    featureNames: [...data.featureNames],
    labelName: data.labelName,
    rows,
    columns: data.columns.map((values) => Float64Array.from(values)),
    texts: data.texts.map((pairs) => new Map(pairs)),
    rowProblems: new Int32Array(rows),
    problemCount: 0
  }
}
