// CSV in and out for data sets: the label is the last column; an optional header row; lines
// starting with # are comments; comma, semicolon or tab; BOM and CRLF tolerated. Parsing is
// Papa Parse's; this module decides what the rows mean and where (which file line) they were.
import Papa from 'papaparse'
import {
  cellToNumber,
  validateTable,
  type Dataset,
  type DatasetIssue,
  type TableInput
} from './dataset'

export type CsvDelimiter = ',' | ';' | '\t'

export interface CsvTable {
  /** Feature names from the header, or x1..xd when there was none. */
  featureNames: string[]
  /** The label column's name from the header, or 'y'. */
  labelName: string
  hasHeader: boolean
  delimiter: CsvDelimiter
  /** Raw cells of each data row, label last. */
  cells: string[][]
  /** The 1-based file line each data row starts on. */
  lines: number[]
  /** The 1-based file line of the header row, when there is one. */
  headerLine?: number
}

/**
 * A dataset issue located in the file. `row` and `column` are 0-based and count data rows (not
 * the header) and cells (the label being the last); `line` is the 1-based file line. For a ragged
 * row, `column` is the first missing or extra cell and `value`/`expected` count features.
 */
export interface CsvIssue extends Omit<DatasetIssue, 'code'> {
  code: DatasetIssue['code'] | 'malformed'
  /** 1-based line in the file. */
  line?: number
}

export type CsvParseResult =
  | { ok: true; table: CsvTable; warnings: CsvIssue[] }
  | { ok: false; errors: CsvIssue[]; warnings: CsvIssue[] }

function countLineBreaks(text: string, start = 0, end = text.length): number {
  let count = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    // \n, or a \r not followed by \n (old Mac line ends); \r\n counts once, at its \n
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++
  }
  return count
}

/** Counts line breaks incrementally, so that locating every row costs one pass over the text. */
class LineCounter {
  private position = 0
  private breaks = 0
  constructor(private readonly text: string) {}

  /** The 1-based line of the character at `offset` (offsets must not go backwards). */
  lineAt(offset: number): number {
    const target = Math.max(this.position, Math.min(offset, this.text.length))
    this.breaks += countLineBreaks(this.text, this.position, target)
    this.position = target
    return this.breaks + 1
  }
}

/** How many characters of line break end `text` just before `end` (0, 1 or 2 for \r\n). */
function trailingBreakLength(text: string, end: number): number {
  if (text.charCodeAt(end - 1) === 10) return text.charCodeAt(end - 2) === 13 ? 2 : 1
  return text.charCodeAt(end - 1) === 13 ? 1 : 0
}

/**
 * A header row is one where no cell is a number ("hours,lab,passed", "공부시간,실습시간,합격").
 * A first row with numbers and a typo ("1,tow,0") is therefore data, and its typo is reported,
 * rather than silently becoming the column names.
 */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return cells.every((cell) => cellToNumber(cell) === null)
}

/** One row as the file has it: its cells (trimmed), where it is, and what Papa found wrong. */
export interface CsvRow {
  /** The row's cells, trimmed. */
  cells: string[]
  /** The 1-based file line the row starts on. */
  line: number
  /** The offset in the text just past the row (and its line break): how far reading has come. */
  end: number
  /** Papa's messages about a quote in the row's last cell (never closed, not doubled). */
  quoteErrors: string[]
}

/**
 * Reads text row by row, skipping comment lines (#) and blank ones, and hands each row to
 * `visit`, which may return false to stop reading there. Returns the delimiter it found (comma
 * when the rows had none). One pass, so that a reader can refuse a file by its first rows.
 */
export function readCsvRows(text: string, visit: (row: CsvRow) => boolean | void): CsvDelimiter {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const counter = new LineCounter(source)
  let delimiter: CsvDelimiter = ','
  Papa.parse<string[]>(source, {
    comments: '#',
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step(result, parser) {
      // The cursor is just past the row and its line break: the row starts on the line where it
      // ends, less the line breaks inside its quoted cells.
      const end = result.meta.cursor
      const row = result.data
      // An unclosed quote runs to the end of the file, its last line break included.
      const unclosed = result.errors.some((error) => error.code === 'MissingQuotes')
      const endLine = counter.lineAt(unclosed ? end : end - trailingBreakLength(source, end))
      let line = endLine
      for (const cell of row) line -= countLineBreaks(cell)
      delimiter = result.meta.delimiter as CsvDelimiter
      const quoteErrors: string[] = []
      // With a single column there is no delimiter to find, and none is needed.
      for (const error of result.errors)
        if (error.type !== 'Delimiter') quoteErrors.push(error.message)
      for (let j = 0; j < row.length; j++) row[j] = row[j].trim()
      if (visit({ cells: row, line, end, quoteErrors }) === false) parser.abort()
    }
  })
  return delimiter
}

/** Splits text into rows of cells, remembering each row's line; no meaning is given yet. */
export function parseCsvTable(text: string): CsvParseResult {
  const cells: string[][] = []
  const lines: number[] = []
  const errors: CsvIssue[] = []
  const delimiter = readCsvRows(text, (row) => {
    // Quote errors concern the last cell Papa read: the one whose quote never closed.
    for (const message of row.quoteErrors) {
      errors.push({
        code: 'malformed',
        severity: 'error',
        line: row.line,
        row: cells.length,
        column: Math.max(row.cells.length - 1, 0),
        value: message
      })
    }
    cells.push(row.cells)
    lines.push(row.line)
  })
  if (cells.length === 0)
    return { ok: false, errors: [{ code: 'empty', severity: 'error' }], warnings: [] }
  const hasHeader = looksLikeHeader(cells[0])
  if (errors.length > 0) {
    // Rows were counted with the header; data rows are numbered after it.
    const shift = hasHeader ? 1 : 0
    const located = errors.map((e) =>
      e.row === undefined || e.row < shift ? { ...e, row: undefined } : { ...e, row: e.row - shift }
    )
    return { ok: false, errors: located, warnings: [] }
  }
  const header = hasHeader ? cells.shift()! : null
  const headerLine = hasHeader ? lines.shift() : undefined
  const { featureNames, labelName } = columnNamesOf(header, cells[0]?.length ?? 0)
  return {
    ok: true,
    table: { featureNames, labelName, hasHeader, delimiter, cells, lines, headerLine },
    warnings: []
  }
}

/**
 * The feature and label names of a table whose header row is `header` (null: none, and the
 * first data row, `firstRowWidth` cells wide, decides the width): x1..xd and y where unnamed.
 */
export function columnNamesOf(
  header: readonly string[] | null,
  firstRowWidth: number
): { featureNames: string[]; labelName: string } {
  const width = header?.length ?? firstRowWidth
  const d = Math.max(width - 1, 0)
  const featureNames = Array.from({ length: d }, (_, j) => header?.[j] || `x${j + 1}`)
  return { featureNames, labelName: header?.[d] || 'y' }
}

/** The table as untrusted input for validation: features first, label last. */
export function csvTableToInput(table: CsvTable): TableInput {
  const d = table.featureNames.length
  return {
    featureNames: table.featureNames,
    x: table.cells.map((row) => (row.length === d + 1 ? row.slice(0, d) : row.slice(0, -1))),
    y: table.cells.map((row) => row[row.length - 1] ?? '')
  }
}

/**
 * A validation issue about `csvTableToInput(table)` located in the file: its line, and for a
 * ragged row the column counted in cells (the file's view) rather than in features.
 */
export function locateIssue(table: CsvTable, issue: DatasetIssue): CsvIssue {
  if (issue.row === undefined) return issue
  const line = table.lines[issue.row]
  // A ragged row's label is its last cell, so in the file the first missing or extra cell
  // comes one after the first missing or extra feature.
  if (issue.code === 'ragged') return { ...issue, line, column: (issue.column ?? 0) + 1 }
  return { ...issue, line }
}

export type CsvDatasetResult =
  | { ok: true; dataset: Dataset; table: CsvTable; warnings: CsvIssue[] }
  | { ok: false; errors: CsvIssue[]; warnings: CsvIssue[] }

/** Parse and validate: every issue carries the file line as well as the row and column. */
export function datasetFromCsv(text: string): CsvDatasetResult {
  const parsed = parseCsvTable(text)
  return parsed.ok ? datasetFromCsvTable(parsed.table) : parsed
}

/** Validate a parsed table (a caller may look at its size first, e.g. against the app's limits). */
export function datasetFromCsvTable(table: CsvTable): CsvDatasetResult {
  if (table.featureNames.length === 0) {
    return {
      ok: false,
      errors: [{ code: 'noFeatures', severity: 'error', line: table.headerLine ?? table.lines[0] }],
      warnings: []
    }
  }
  const atLine = (issue: DatasetIssue): CsvIssue => locateIssue(table, issue)
  const validated = validateTable(csvTableToInput(table))
  const warnings = validated.warnings.map(atLine)
  if (!validated.ok) return { ok: false, errors: validated.errors.map(atLine), warnings }
  return { ok: true, dataset: validated.dataset, table, warnings }
}

/** A data set as CSV with a header row; numbers written so they read back exactly. */
export function datasetToCsv(
  dataset: Dataset,
  labelName = 'y',
  delimiter: CsvDelimiter = ','
): string {
  const { rows, cols, x, y } = dataset
  const data: (string | number)[][] = []
  for (let i = 0; i < rows; i++) {
    const row: number[] = Array.from(x.subarray(i * cols, (i + 1) * cols))
    row.push(y[i])
    data.push(row)
  }
  return (
    Papa.unparse(
      { fields: [...dataset.featureNames, labelName], data },
      { delimiter, newline: '\n' }
    ) + '\n'
  )
}
