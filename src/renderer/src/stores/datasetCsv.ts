// Text in and out of the table: CSV import previews (csv/readCsvText reads the file and builds
// the table; the import worker runs it for files chosen in the panel), CSV export of the cells as
// typed, and blocks pasted from a spreadsheet.
import Papa from 'papaparse'
import { toyFeatureNames, toyX, toyY } from '@core/toy'
import { dataLimitIssue } from '@shared/limits'
import { readCsvText } from '@renderer/csv/readCsvText'
import type { CsvPreview } from '@renderer/csv/csvPreview'
import {
  canonicalText,
  DataTable,
  emptyState,
  parseCellText,
  type TableState
} from './datasetTable'

export { PREVIEW_COLUMNS, PREVIEW_ROWS, type CsvPreview } from '@renderer/csv/csvPreview'

/** The preview of a CSV file's text, read here on the page (the panel reads files in a worker). */
export function previewCsv(text: string, fileName = ''): CsvPreview {
  return readCsvText(text, fileName)
}

/** A table state from rows of text cells, label last (every row d + 1 cells). */
export function stateFromCells(
  featureNames: readonly string[],
  labelName: string,
  cells: readonly (readonly string[])[]
): TableState {
  const state = emptyState([...featureNames], labelName)
  const table = new DataTable(state)
  table.appendRows(cells.length)
  cells.forEach((row, i) => {
    state.columns.forEach((values, j) => {
      const text = row[j] ?? ''
      const value = parseCellText(text)
      table.setRaw(i, j, value, text === canonicalText(value) ? undefined : text)
    })
  })
  return state
}

/**
 * The table a previewed file becomes, or null when it cannot be imported. The limits are asked
 * again (the preview was built elsewhere), which costs nothing: the table's shape is known.
 */
export function stateFromPreview(preview: CsvPreview): TableState | null {
  const table = preview.table
  if (!preview.importable || table === null) return null
  return dataLimitIssue(table.rows, table.featureNames.length) === null ? table : null
}

/** The lab's six students. */
export function labState(): TableState {
  const cells = toyX.map((x, i) => [...x, toyY[i]].map(String))
  return stateFromCells(toyFeatureNames, 'y', cells)
}

/** The table as CSV with a header row, every cell as typed (invalid ones too: nothing is lost). */
export function tableToCsv(table: DataTable): string {
  const columns = table.featureCount + 1
  const data: string[][] = new Array(table.rows)
  for (let i = 0; i < table.rows; i++) {
    const row: string[] = new Array(columns)
    for (let j = 0; j < columns; j++) row[j] = table.text(i, j)
    data[i] = row
  }
  const fields = [...table.state.featureNames, table.state.labelName]
  return Papa.unparse({ fields, data }, { delimiter: ',', newline: '\n' }) + '\n'
}

/**
 * A block copied from a spreadsheet: tab-separated lines (or comma, or semicolon). Null when the
 * text is a single value, which the cell's own paste handles.
 */
export function parsePastedBlock(text: string): string[][] | null {
  const body = text.replace(/(\r\n|\r|\n)+$/, '')
  const delimiter = body.includes('\t') ? '\t' : body.includes(';') ? ';' : ','
  if (!/[\t\n\r]/.test(body) && !body.includes(delimiter)) return null
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false })
  return result.data.map((cells) => cells.map((cell) => cell.trim()))
}
