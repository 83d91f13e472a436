// --data: the lab's toy data, or a CSV file read and checked by the engine. Problems become one
// line naming the file, line, row and column.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  datasetFromCsv,
  describeCsvIssue,
  parseCsvTable,
  toyDataset,
  type CsvIssue,
  type CsvTable,
  type Dataset
} from '../core'
import { CliError } from './errors'

export interface LoadedData {
  dataset: Dataset
  /** One line each, e.g. a data set with a single class. */
  warnings: string[]
}

/**
 * Where a relative path points: `npm run cli` runs in the package root, so a path the user typed
 * is resolved against the directory npm was started from (INIT_CWD), as the user expects.
 */
export function resolveDataPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.npm_lifecycle_event === 'cli' && env.INIT_CWD ? env.INIT_CWD : process.cwd()
  return resolve(base, path)
}

function readText(path: string): string {
  try {
    return readFileSync(resolveDataPath(path), 'utf8')
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

/** The same for a file that did not load: its table, when it parsed at all. */
function headerNames(text: string): string[] | undefined {
  const parsed = parseCsvTable(text)
  return parsed.ok ? namesOf(parsed.table) : undefined
}

export function loadData(data: string): LoadedData {
  if (data === 'toy') return { dataset: toyDataset(), warnings: [] }
  const text = readText(data)
  const parsed = datasetFromCsv(text)
  // Worked out once: a loaded file brings its table along; only a failed one is read again.
  const columnNames = parsed.ok ? namesOf(parsed.table) : headerNames(text)
  const describe = (issue: CsvIssue): string =>
    describeCsvIssue(issue, { source: data, columnNames })
  if (!parsed.ok) {
    const more = parsed.errors.length - 1
    const suffix = more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''
    throw new CliError(describe(parsed.errors[0]) + suffix)
  }
  return { dataset: parsed.dataset, warnings: parsed.warnings.map(describe) }
}
