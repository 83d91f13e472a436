// One wording for every data problem, wherever it is shown: a marked cell's tooltip, the panel's
// problem line, the CSV preview, and the message saying why Train is disabled.
import type { DatasetIssue } from '@core/dataset'
import type { CsvIssue } from '@core/csv'

/** The part of vue-i18n's `t` these functions use. */
export type Translate = (key: string, named: Record<string, unknown>) => string

export interface ColumnNames {
  featureNames: readonly string[]
  labelName: string
}

/** Numbers in messages look the same in Korean and English: digits grouped by commas. */
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
export function formatCount(value: number): string {
  return countFormat.format(value)
}

/** A message kept as its key and values (a notice, a limit) in words, numbers grouped. */
export function describeMessage(
  t: Translate,
  key: string,
  params: Record<string, string | number>
): string {
  const named = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatCount(value) : value
    ])
  )
  return t(key, named)
}

export function columnName(column: number, names?: ColumnNames): string {
  if (names === undefined) return String(column + 1)
  return column < names.featureNames.length
    ? (names.featureNames[column] ?? String(column + 1))
    : names.labelName
}

const PAPA_MESSAGES: [prefix: string, key: string][] = [
  ['Quoted field unterminated', 'data.problem.unclosedQuote'],
  ['Trailing quote on quoted field is malformed', 'data.problem.strayQuote'],
  ['Unable to auto-detect delimiting character', 'data.problem.noDelimiter']
]

function describeCode(t: Translate, issue: CsvIssue, where: string): string {
  const value = issue.value ?? ''
  const expected = issue.expected === undefined ? '' : formatCount(issue.expected)
  switch (issue.code) {
    case 'notANumber':
      return value.trim() === ''
        ? t('data.problem.emptyCell', { where })
        : t('data.problem.notANumber', { where, value })
    case 'malformed': {
      const known = PAPA_MESSAGES.find(([prefix]) => value.startsWith(prefix))
      return t(known?.[1] ?? 'data.problem.malformed', { where })
    }
    case 'empty':
    case 'noFeatures':
    case 'labelCount':
    case 'ragged':
    case 'nonFinite':
    case 'badLabel':
    case 'singleClass':
      return t(`data.problem.${issue.code}`, { where, value, expected })
  }
}

/** "Row 3, x1: “abc” is not a number" (translated). Without names, columns are numbered. */
export function describeDataProblem(
  t: Translate,
  issue: DatasetIssue,
  names?: ColumnNames
): string {
  if (issue.row === undefined) return describeCode(t, issue, '')
  const row = formatCount(issue.row + 1)
  const where =
    issue.column === undefined
      ? t('data.problem.atRow', { row })
      : t('data.problem.atCell', { row, column: columnName(issue.column, names) })
  return describeCode(t, issue, where)
}

/** "Line 4, row 3, column 2 (x2): …": where a problem is in the file as well as in the table. */
export function describeCsvProblem(t: Translate, issue: CsvIssue, names?: ColumnNames): string {
  const line = issue.line === undefined ? '' : formatCount(issue.line)
  const row = issue.row === undefined ? '' : formatCount(issue.row + 1)
  let where = ''
  if (issue.row !== undefined && issue.column !== undefined) {
    const column = formatCount(issue.column + 1)
    const name = columnName(issue.column, names)
    where = t('data.problem.atFileCell', { line, row, column, name })
  } else if (issue.row !== undefined) where = t('data.problem.atFileRow', { line, row })
  else if (issue.line !== undefined) where = t('data.problem.atLine', { line })
  return describeCode(t, issue, where)
}
