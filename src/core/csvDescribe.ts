// Plain-English, one-line descriptions of CSV issues for the CLI (the app translates the issue
// codes instead). Every description says where: the file line, the data row and the column.
import type { CsvIssue } from './csv'
import { describeIssue, quoteCell } from './dataset'

export interface CsvDescribeOptions {
  /** What to call the file, e.g. its path. */
  source?: string
  /** Column names from the header (features, then the label), to name the column too. */
  columnNames?: readonly string[]
}

function location(issue: CsvIssue, columnNames: readonly string[] | undefined): string {
  const parts: string[] = []
  if (issue.line !== undefined) parts.push(`line ${issue.line}`)
  if (issue.row !== undefined) parts.push(`row ${issue.row + 1}`)
  if (issue.column !== undefined) {
    const name = columnNames?.[issue.column]
    parts.push(`column ${issue.column + 1}` + (name ? ` (${quoteCell(name)})` : ''))
  }
  return parts.join(', ')
}

function problem(issue: CsvIssue): string {
  switch (issue.code) {
    case 'malformed':
      return `malformed CSV: ${issue.value ?? 'unreadable row'}`
    case 'ragged': {
      // In the file a row is its features and then the label.
      const cells = Number(issue.value) + 1
      const expected = (issue.expected ?? 0) + 1
      return `the row has ${cells} cells, expected ${expected} (${expected - 1} features, then the label)`
    }
    case 'empty':
      return 'the file has no data rows'
    default:
      // The same sentence as for a table, without its own "row, column" prefix.
      return describeIssue({ ...issue, code: issue.code, row: undefined, column: undefined })
  }
}

/** E.g. `data.csv: line 4, row 2, column 3 ("x2"): "abc" is not a number`. */
export function describeCsvIssue(issue: CsvIssue, options: CsvDescribeOptions = {}): string {
  const where = location(issue, options.columnNames)
  const prefix = [options.source, where].filter((part) => part).join(': ')
  return (prefix ? `${prefix}: ` : '') + problem(issue)
}
