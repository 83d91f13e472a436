// What the import dialog shows of a CSV file before it replaces the table, and the table itself,
// already built, for when the user confirms.
import type { CsvDelimiter, CsvIssue } from '@core/csv'
import type { DataLimitIssue } from '@shared/limits'
import type { TableState } from '@renderer/stores/datasetTable'

/** Rows of the file the preview shows. */
export const PREVIEW_ROWS = 8
/** Columns of the file the preview shows (a file may have thousands). */
export const PREVIEW_COLUMNS = 20

/** A file past one of the app's data limits: which, the count and the limit, and the shape seen. */
export type CsvLimitIssue = DataLimitIssue & {
  /** Data rows read when reading stopped (the file may have more). */
  rows: number
  features: number
}

export interface CsvPreview {
  fileName: string
  /** False when the file cannot become a table: unreadable, too large, no rows, ragged rows. */
  importable: boolean
  /** True when the file was read as rows (its shape, header and delimiter are known). */
  parsed: boolean
  rowCount: number
  featureNames: string[]
  labelName: string
  hasHeader: boolean
  delimiter: CsvDelimiter | null
  /** The first rows as they are in the file (their first PREVIEW_COLUMNS cells), by file line. */
  sample: { line: number; cells: string[] }[]
  /** Errors by file line, row and column (the first MAX_REPORTED_ISSUES). */
  problems: CsvIssue[]
  /** True when there were more problems than listed. */
  moreProblems: boolean
  warnings: CsvIssue[]
  /** Set when the file is past the app's limits: reading stopped there, nothing was built. */
  limit: CsvLimitIssue | null
  /** The table to import (when importable). */
  table: TableState | null
}

/** A file that cannot be shown as rows: `problems` say why. */
export function unreadablePreview(
  fileName: string,
  problems: CsvIssue[],
  moreProblems = false
): CsvPreview {
  return {
    fileName,
    importable: false,
    parsed: false,
    rowCount: 0,
    featureNames: [],
    labelName: '',
    hasHeader: false,
    delimiter: null,
    sample: [],
    problems,
    moreProblems,
    warnings: [],
    limit: null,
    table: null
  }
}
