// --data: a built-in set (the lab's toy data, Iris, the generators: dataOptions.ts), or a CSV
// file read and checked by the engine. Problems become one line naming the file, line, row and
// column.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  builtInData,
  datasetFromCsvTable,
  decodeTextBytes,
  describeCsvIssue,
  parseCsvTable,
  withPolynomialFeatures,
  type CsvIssue,
  type CsvTable,
  type Dataset
} from '../core'
import { dataLimitIssue, type DataLimitIssue } from '../shared/limits'
import { tableFromCells, type SessionData } from '../shared/session'
import { builtInId, describeBuiltInIssue, NO_DATA_OPTIONS, type DataOptions } from './dataOptions'
import { CliError } from './errors'

export interface LoadedData {
  dataset: Dataset
  /** The label column's name: the header's, else 'y' (as the app names it). */
  labelName: string
  /** One line each, e.g. a data set with a single class. */
  warnings: string[]
  /**
   * A CSV's table as a session holds it, when asked for (train --save): the cells as the app's
   * import keeps them, spellings included. Other data has no spellings of its own to keep.
   */
  table?: SessionData
}

export interface LoadOptions {
  /** Also keep a CSV's table for a session. */
  table?: boolean
}

/**
 * Where a relative path points: `npm run cli` runs in the package root, so a path the user typed
 * is resolved against the directory npm was started from (INIT_CWD), as the user expects.
 */
export function resolveDataPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.npm_lifecycle_event === 'cli' && env.INIT_CWD ? env.INIT_CWD : process.cwd()
  return resolve(base, path)
}

/** The file's text, in the encodings the app reads too (UTF-8, UTF-16 by its BOM, EUC-KR). */
function readText(path: string): string {
  try {
    return decodeTextBytes(readFileSync(resolveDataPath(path)))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message
    throw new CliError(`cannot read --data ${JSON.stringify(path)}: ${reason}`)
  }
}

/** A table's column names, when it has a header, to name a column in messages. */
function namesOf(table: CsvTable): string[] | undefined {
  return table.hasHeader ? [...table.featureNames, table.labelName] : undefined
}

const LIMIT_NOUNS: Record<DataLimitIssue['limit'], string> = {
  features: 'features',
  rows: 'rows',
  cells: 'feature cells (rows x features)'
}

/** "…: 1,000,000 features; the app opens at most 4,096" */
function describeLimit(source: string, issue: DataLimitIssue): string {
  const count = (n: number): string => n.toLocaleString('en-US')
  return (
    `${source}: ${count(issue.actual)} ${LIMIT_NOUNS[issue.limit]}; ` +
    `the app opens at most ${count(issue.max)}, so the CLI trains on no more either`
  )
}

export function loadData(
  data: string,
  options: DataOptions = NO_DATA_OPTIONS,
  load: LoadOptions = {}
): LoadedData {
  const id = builtInId(data)
  if (id !== null) {
    const result = builtInData(id, options.builtIn)
    if (!result.ok) throw new CliError(describeBuiltInIssue(result.issue))
    return { dataset: result.data.dataset, labelName: result.data.labelName, warnings: [] }
  }
  const loaded = loadCsv(data, load)
  if (!options.polynomial) return loaded
  const dataset = withPolynomialFeatures(loaded.dataset)
  if (dataset === null) {
    throw new CliError(`--poly needs data with two features; ${data} has ${loaded.dataset.cols}`)
  }
  // The file's cells no longer are the table trained on: a session keeps the table with its
  // polynomial columns, as the app holds it.
  return { dataset, labelName: loaded.labelName, warnings: loaded.warnings }
}

function loadCsv(data: string, options: LoadOptions): LoadedData {
  const table = parseCsvTable(readText(data))
  if (table.ok) {
    const tooMuch = dataLimitIssue(table.table.cells.length, table.table.featureNames.length)
    if (tooMuch) throw new CliError(describeLimit(data, tooMuch))
  }
  const parsed = table.ok ? datasetFromCsvTable(table.table) : table
  const columnNames = table.ok ? namesOf(table.table) : undefined
  const describe = (issue: CsvIssue): string =>
    describeCsvIssue(issue, { source: data, columnNames })
  if (!parsed.ok) {
    const more = parsed.errors.length - 1
    const suffix = more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''
    throw new CliError(describe(parsed.errors[0]) + suffix)
  }
  const labelName = table.ok ? table.table.labelName : 'y'
  const loaded = { dataset: parsed.dataset, labelName, warnings: parsed.warnings.map(describe) }
  // The cells are dropped after this: a session needs their spellings, so it keeps them now.
  if (!options.table || !table.ok) return loaded
  return {
    ...loaded,
    table: tableFromCells(parsed.dataset.featureNames, labelName, table.table.cells)
  }
}
