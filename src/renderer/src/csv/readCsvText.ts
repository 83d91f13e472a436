// A CSV file's text to its import preview and table in one pass over the rows (the import worker
// runs this; tests call it directly). The rows are checked against the app's data limits as they
// come, so a file past them is refused at the row that crosses one (a 1,000,000-column file at its
// first row), before anything is built. Otherwise it finds what the core's parseCsvTable and
// validateTable find (header, delimiter, problems by line, row and column, warnings), building
// the table at the same time rather than keeping every cell as a string.
import {
  columnNamesOf,
  looksLikeHeader,
  readCsvRows,
  type CsvDelimiter,
  type CsvIssue,
  type CsvRow
} from '@core/csv'
import { MAX_REPORTED_ISSUES } from '@core/dataset'
import { dataLimitIssue, MAX_CELLS } from '@shared/limits'
import { PREVIEW_COLUMNS, PREVIEW_ROWS, unreadablePreview, type CsvPreview } from './csvPreview'
import { TableBuilder, type ProblemReport } from './tableBuilder'

export interface CsvReadProgress {
  /** How much of the file has been read, 0 to 1; null before its text is known. */
  fraction: number | null
  /** Data rows read so far. */
  rows: number
}

export interface CsvReadOptions {
  onProgress?: (progress: CsvReadProgress) => void
  /** Least time between two progress reports, in ms. */
  progressEveryMs?: number
  now?: () => number
}

/** Room made at once for rows (the table grows past it): enough for most files, never huge. */
const MAX_EXPECTED_ROWS = 1 << 20

/** The first MAX_REPORTED_ISSUES issues, and how many there were in all. */
class IssueList {
  readonly items: CsvIssue[] = []
  total = 0
  add(issue: CsvIssue): void {
    this.total++
    if (this.items.length < MAX_REPORTED_ISSUES) this.items.push(issue)
  }
  get more(): boolean {
    return this.total > this.items.length
  }
}

class PreviewReader {
  private names: { featureNames: string[]; labelName: string } | null = null
  private hasHeader = false
  private headerLine: number | undefined
  private firstDataLine: number | undefined
  private builder: TableBuilder | null = null
  private ragged = false
  private previousEnd = 0
  private readonly sample: CsvPreview['sample'] = []
  private readonly problems = new IssueList()
  private readonly parseErrors = new IssueList()
  private limit: CsvPreview['limit'] = null
  /** The data row being read (0-based, the header not counted). */
  private dataRow = 0
  rows = 0

  constructor(private readonly textLength: number) {}

  /** Takes the file's next row; false when reading should stop there. */
  take(row: CsvRow): boolean {
    const go = this.names === null ? this.takeFirst(row) : this.takeData(row)
    this.previousEnd = row.end
    return go
  }

  private get features(): number {
    return this.names?.featureNames.length ?? 0
  }

  /** The first row decides the width, and whether it is a header (no cell is a number). */
  private takeFirst(row: CsvRow): boolean {
    this.hasHeader = looksLikeHeader(row.cells)
    this.names = columnNamesOf(this.hasHeader ? row.cells : null, row.cells.length)
    if (this.refuse(0)) return false
    if (!this.hasHeader) return this.takeData(row)
    this.headerLine = row.line
    return this.addQuoteErrors(row, undefined)
  }

  private takeData(row: CsvRow): boolean {
    const i = this.rows
    const d = this.features
    if (this.refuse(i + 1)) return false
    this.rows = i + 1
    this.firstDataLine ??= row.line
    if (i < PREVIEW_ROWS) {
      this.sample.push({ line: row.line, cells: row.cells.slice(0, PREVIEW_COLUMNS) })
    }
    if (row.quoteErrors.length > 0) return this.addQuoteErrors(row, i)
    // An unreadable file is only listed, and one without features only counted.
    if (this.parseErrors.total > 0 || d === 0) return true
    if (row.cells.length !== d + 1) {
      // Counted in features, as validation counts; the column is the file's first missing or
      // extra cell (the label being the row's last).
      const features = row.cells.length - 1
      this.ragged = true
      this.problems.add({
        code: 'ragged',
        severity: 'error',
        row: i,
        column: Math.min(features, d) + 1,
        value: String(features),
        expected: d,
        line: row.line
      })
      return true
    }
    this.builder ??= this.newBuilder(row)
    this.dataRow = i
    this.builder.addRow(row.cells, row.line)
    return true
  }

  /** Past a limit: remembered with the counts, and nothing more is built. */
  private refuse(rows: number): boolean {
    const issue = dataLimitIssue(rows, this.features)
    if (issue === null) return false
    this.limit = { ...issue, rows, features: this.features }
    this.builder = null
    return true
  }

  /** A quote never closed or not doubled makes the file unreadable; reading stops past the list. */
  private addQuoteErrors(row: CsvRow, dataRow: number | undefined): boolean {
    if (row.quoteErrors.length > 0) this.builder = null
    for (const message of row.quoteErrors) {
      this.parseErrors.add({
        code: 'malformed',
        severity: 'error',
        line: row.line,
        row: dataRow,
        column: Math.max(row.cells.length - 1, 0),
        value: message
      })
    }
    return !this.parseErrors.more
  }

  /** Room for as many rows as the rest of the file holds if they are like this one. */
  private newBuilder(row: CsvRow): TableBuilder {
    const names = this.names as { featureNames: string[]; labelName: string }
    const rowLength = Math.max(1, row.end - this.previousEnd)
    const guess = ((this.textLength - this.previousEnd) / rowLength) * 1.05
    const allowed = MAX_CELLS / Math.max(1, this.features)
    const expected = Math.min(guess, allowed, MAX_EXPECTED_ROWS)
    // The builder's rows skip ragged ones: problems are named by the file's data row.
    const report: ProblemReport = (_tableRow, column, code, value, line) =>
      this.problems.add({ code, severity: 'error', row: this.dataRow, column, value, line })
    return new TableBuilder(names.featureNames, names.labelName, report, expected)
  }

  preview(fileName: string, delimiter: CsvDelimiter): CsvPreview {
    if (this.limit) return { ...unreadablePreview(fileName, []), limit: this.limit }
    if (this.names === null) {
      return unreadablePreview(fileName, [{ code: 'empty', severity: 'error' }])
    }
    if (this.parseErrors.total > 0) {
      return unreadablePreview(fileName, this.parseErrors.items, this.parseErrors.more)
    }
    const base = {
      ...unreadablePreview(fileName, []),
      parsed: true,
      rowCount: this.rows,
      featureNames: this.names.featureNames,
      labelName: this.names.labelName,
      hasHeader: this.hasHeader,
      delimiter,
      sample: this.sample
    }
    if (this.rows === 0) return { ...base, problems: [{ code: 'empty', severity: 'error' }] }
    if (this.features === 0) {
      const line = this.headerLine ?? this.firstDataLine
      return { ...base, problems: [{ code: 'noFeatures', severity: 'error', line }] }
    }
    const built = this.builder
    const importable = !this.ragged && built !== null
    // Every label the same: the core's warning, given only when there is no error.
    const warnings: CsvIssue[] =
      this.problems.total === 0 && built?.singleClass
        ? [{ code: 'singleClass', severity: 'warning', value: built.singleClassLabel }]
        : []
    return {
      ...base,
      importable,
      problems: this.problems.items,
      moreProblems: this.problems.more,
      warnings,
      table: importable && built !== null ? built.finish() : null
    }
  }
}

/** The preview (and, when it can be imported, the table) of a CSV file's text. */
export function readCsvText(
  text: string,
  fileName: string,
  options: CsvReadOptions = {}
): CsvPreview {
  const { onProgress, progressEveryMs = 100, now = () => performance.now() } = options
  const reader = new PreviewReader(text.length)
  let lastReport = now()
  const delimiter = readCsvRows(text, (row) => {
    const go = reader.take(row)
    // The clock is read every 1,024 rows: cheap, and often enough for a smooth bar.
    if (onProgress && (reader.rows & 1023) === 0) {
      const time = now()
      if (time - lastReport >= progressEveryMs) {
        lastReport = time
        onProgress({ fraction: row.end / Math.max(1, text.length), rows: reader.rows })
      }
    }
    return go
  })
  return reader.preview(fileName, delimiter)
}
