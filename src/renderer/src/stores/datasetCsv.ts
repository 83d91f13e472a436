// Text in and out of the table: CSV import previews (the core parses and validates; this module
// decides whether the file can become a table and keeps the first rows to show), CSV export of
// the cells as typed, and blocks pasted from a spreadsheet.
import Papa from 'papaparse'
import {
  csvTableToInput,
  locateIssue,
  parseCsvTable,
  type CsvDelimiter,
  type CsvIssue,
  type CsvTable
} from '@core/csv'
import { MAX_REPORTED_ISSUES, validateTable, type DatasetIssue } from '@core/dataset'
import { toyFeatureNames, toyX, toyY } from '@core/toy'
import {
  canonicalText,
  DataTable,
  emptyState,
  parseCellText,
  type TableState
} from './datasetTable'

export const PREVIEW_ROWS = 8

export interface CsvPreview {
  fileName: string
  /** False when the file cannot become a table: unreadable, no rows, no feature, ragged rows. */
  importable: boolean
  rowCount: number
  featureNames: string[]
  labelName: string
  hasHeader: boolean
  delimiter: CsvDelimiter | null
  /** The first rows as they are in the file, with their file lines. */
  sample: { line: number; cells: string[] }[]
  /** Errors by file line, row and column (the first MAX_REPORTED_ISSUES). */
  problems: CsvIssue[]
  /** True when there were more problems than listed. */
  moreProblems: boolean
  warnings: CsvIssue[]
  /** The parsed table, for applying the import. */
  table: CsvTable | null
}

function unreadable(fileName: string, problems: CsvIssue[]): CsvPreview {
  return {
    fileName,
    importable: false,
    rowCount: 0,
    featureNames: [],
    labelName: '',
    hasHeader: false,
    delimiter: null,
    sample: [],
    problems,
    moreProblems: false,
    warnings: [],
    table: null
  }
}

export function previewCsv(text: string, fileName = ''): CsvPreview {
  const parsed = parseCsvTable(text)
  if (!parsed.ok) return unreadable(fileName, parsed.errors)
  const { table } = parsed
  const d = table.featureNames.length
  const base = {
    fileName,
    rowCount: table.cells.length,
    featureNames: table.featureNames,
    labelName: table.labelName,
    hasHeader: table.hasHeader,
    delimiter: table.delimiter,
    sample: table.cells.slice(0, PREVIEW_ROWS).map((cells, i) => ({ line: table.lines[i], cells })),
    table
  }
  if (table.cells.length === 0) {
    const problems: CsvIssue[] = [{ code: 'empty', severity: 'error' }]
    return { ...base, importable: false, problems, moreProblems: false, warnings: [] }
  }
  if (d === 0) {
    const line = table.headerLine ?? table.lines[0]
    const problems: CsvIssue[] = [{ code: 'noFeatures', severity: 'error', line }]
    return { ...base, importable: false, problems, moreProblems: false, warnings: [] }
  }
  const atLine = (issue: DatasetIssue): CsvIssue => locateIssue(table, issue)
  const validated = validateTable(csvTableToInput(table))
  const problems = validated.ok ? [] : validated.errors.map(atLine)
  // Validation stops listing at MAX_REPORTED_ISSUES, so the shape is checked on every row here:
  // cells that are not numbers can be fixed in the table, rows of the wrong width cannot.
  const ragged = table.cells.some((cells) => cells.length !== d + 1)
  return {
    ...base,
    importable: !ragged,
    problems,
    moreProblems: problems.length >= MAX_REPORTED_ISSUES,
    warnings: validated.warnings.map(atLine)
  }
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

export function stateFromPreview(preview: CsvPreview): TableState | null {
  if (!preview.importable || preview.table === null) return null
  return stateFromCells(preview.featureNames, preview.labelName, preview.table.cells)
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
