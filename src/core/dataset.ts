// A data set: n rows of d features with 0/1 labels, validated. Validation names the row and
// column of every problem, so each interface (CLI, table, CSV preview) can say where it is.

export interface Dataset {
  readonly rows: number
  readonly cols: number
  /** Row-major features, rows x cols, stored as given. */
  readonly x: Float64Array
  /** Labels, each exactly 0 or 1. */
  readonly y: Float64Array
  readonly featureNames: readonly string[]
}

/** Untrusted table input: what a user typed, pasted or imported. */
export interface TableInput {
  featureNames: readonly string[]
  x: readonly (readonly unknown[])[]
  y: readonly unknown[]
}

export type DatasetIssueCode =
  | 'empty' // no rows
  | 'noFeatures' // d = 0
  | 'labelCount' // y and x have different lengths
  | 'ragged' // a row with a different number of features than the header (or the first row)
  | 'notANumber' // a feature cell that is not a number
  | 'nonFinite' // NaN or ±Infinity
  | 'badLabel' // a label other than exactly 0 or 1
  | 'singleClass' // warning: every label the same

export interface DatasetIssue {
  code: DatasetIssueCode
  severity: 'error' | 'warning'
  /** 0-based data row, when the issue is about a row. */
  row?: number
  /**
   * 0-based feature column; equal to the feature count for the label column. For a ragged row,
   * the first column that is missing or extra.
   */
  column?: number
  /** The offending cell as text; for 'ragged' and 'labelCount' the actual count. */
  value?: string
  /** For 'ragged' and 'labelCount': the count there should be. */
  expected?: number
}

export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[]; warnings: DatasetIssue[] }

/** Past this many errors validation stops collecting: the first ones are what a user fixes. */
export const MAX_REPORTED_ISSUES = 100

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i

/**
 * A cell as a number, or null when it is not one. Numbers pass as they are; text is trimmed and
 * read as a decimal. 'inf' and 'nan' read as numbers so that they are reported as non-finite.
 */
export function cellToNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return cell
  if (typeof cell !== 'string') return null
  const text = cell.trim()
  if (DECIMAL.test(text)) return Number(text)
  const special = SPECIAL.exec(text)
  if (special === null) return null
  if (special[2].toLowerCase() === 'nan') return Number.NaN
  return special[1] === '-' ? -Infinity : Infinity
}

export function validateTable(input: TableInput): ValidationResult {
  const errors: DatasetIssue[] = []
  const warnings: DatasetIssue[] = []
  const report = (issue: DatasetIssue): boolean => {
    errors.push(issue)
    return errors.length >= MAX_REPORTED_ISSUES
  }
  const rows = input.x.length
  if (rows === 0) {
    errors.push({ code: 'empty', severity: 'error' })
    return { ok: false, errors, warnings }
  }
  // The header decides the width when there is one; otherwise the first row does.
  const cols = input.featureNames.length > 0 ? input.featureNames.length : input.x[0].length
  if (cols === 0) {
    errors.push({ code: 'noFeatures', severity: 'error' })
    return { ok: false, errors, warnings }
  }
  if (input.y.length !== rows) {
    errors.push({
      code: 'labelCount',
      severity: 'error',
      value: String(input.y.length),
      expected: rows
    })
    return { ok: false, errors, warnings }
  }
  const x = new Float64Array(rows * cols)
  const y = new Float64Array(rows)
  let ones = 0
  scan: for (let i = 0; i < rows; i++) {
    const row = input.x[i]
    if (row.length !== cols) {
      if (
        report({
          code: 'ragged',
          severity: 'error',
          row: i,
          column: Math.min(row.length, cols),
          value: String(row.length),
          expected: cols
        })
      )
        break
      continue
    }
    for (let j = 0; j < cols; j++) {
      const cell = row[j]
      const value = cellToNumber(cell)
      const code = value === null ? 'notANumber' : Number.isFinite(value) ? null : 'nonFinite'
      if (code !== null) {
        const issue: DatasetIssue = {
          code,
          severity: 'error',
          row: i,
          column: j,
          value: String(cell ?? '')
        }
        if (report(issue)) break scan
        continue
      }
      x[i * cols + j] = value as number
    }
    const label = cellToNumber(input.y[i])
    if (label !== 0 && label !== 1) {
      if (
        report({
          code: 'badLabel',
          severity: 'error',
          row: i,
          column: cols,
          value: String(input.y[i] ?? '')
        })
      )
        break
    }
    // -0 and 0 are both class 0; store +0 so the data reads back the same everywhere
    y[i] = label === 1 ? 1 : 0
    if (label === 1) ones++
  }
  if (errors.length > 0) return { ok: false, errors, warnings }
  if (ones === 0 || ones === rows) {
    warnings.push({ code: 'singleClass', severity: 'warning', value: String(ones === 0 ? 0 : 1) })
  }
  const featureNames = Array.from({ length: cols }, (_, j) => input.featureNames[j] ?? `x${j + 1}`)
  return { ok: true, dataset: { rows, cols, x, y, featureNames }, warnings }
}

/** A plain-English sentence for an issue (the CLI's; the app translates the code instead). */
export function describeIssue(issue: DatasetIssue): string {
  const where =
    issue.row === undefined
      ? ''
      : issue.column === undefined
        ? `row ${issue.row + 1}: `
        : `row ${issue.row + 1}, column ${issue.column + 1}: `
  switch (issue.code) {
    case 'empty':
      return 'the data has no rows'
    case 'noFeatures':
      return 'the data needs at least one feature column before the label'
    case 'labelCount':
      return `there are ${issue.value} labels for ${issue.expected} rows`
    case 'ragged':
      return `${where}has ${issue.value} feature${issue.value === '1' ? '' : 's'}, expected ${issue.expected}`
    case 'notANumber':
      return issue.value?.trim() === ''
        ? `${where}the cell is empty, expected a number`
        : `${where}${quoteCell(issue.value)} is not a number`
    case 'nonFinite':
      return `${where}${quoteCell(issue.value)} is not a finite number`
    case 'badLabel':
      return `${where}the label must be 0 or 1, got ${quoteCell(issue.value)}`
    case 'singleClass':
      return `every label is ${issue.value}: the model can only learn one class`
  }
}

/** A cell's text in quotes on one line (a quoted CSV cell may hold line breaks). */
export function quoteCell(value: string | undefined): string {
  return JSON.stringify(value ?? '')
}
