// The import worker's reader, run directly: it finds what the core's whole-file parse and
// validation find (the preview the app showed before the worker), builds the same table, and
// stops at the row that takes a file past the app's limits.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { csvTableToInput, locateIssue, parseCsvTable, type CsvIssue } from '@core/csv'
import { MAX_REPORTED_ISSUES, validateTable } from '@core/dataset'
import { MAX_CELLS, MAX_COLS } from '@shared/limits'
import { readCsvText, type CsvReadProgress } from '@renderer/csv/readCsvText'
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type CsvPreview } from '@renderer/csv/csvPreview'
import { TableBuilder } from '@renderer/csv/tableBuilder'
import { stateFromCells } from '@renderer/stores/datasetCsv'
import type { TableState } from '@renderer/stores/datasetTable'

interface CoreView extends Partial<Omit<CsvPreview, 'parsed' | 'problems'>> {
  parsed: boolean
  problems: CsvIssue[]
}

/** The preview as the app made it before the worker: the core's parse, then its validation. */
function corePreview(text: string): CoreView {
  const parsed = parseCsvTable(text)
  if (!parsed.ok) return { parsed: false, problems: parsed.errors }
  const { table } = parsed
  const d = table.featureNames.length
  const shape = {
    parsed: true,
    rowCount: table.cells.length,
    featureNames: table.featureNames,
    labelName: table.labelName,
    hasHeader: table.hasHeader,
    delimiter: table.delimiter,
    sample: table.cells.slice(0, PREVIEW_ROWS).map((cells, i) => ({ line: table.lines[i], cells }))
  }
  if (table.cells.length === 0)
    return { ...shape, problems: [{ code: 'empty', severity: 'error' }] }
  if (d === 0) {
    const line = table.headerLine ?? table.lines[0]
    return { ...shape, problems: [{ code: 'noFeatures', severity: 'error', line }] }
  }
  const validated = validateTable(csvTableToInput(table))
  const atLine = (issue: Parameters<typeof locateIssue>[1]): CsvIssue => locateIssue(table, issue)
  const ragged = table.cells.some((cells) => cells.length !== d + 1)
  return {
    ...shape,
    importable: !ragged,
    problems: validated.ok ? [] : validated.errors.map(atLine),
    warnings: validated.warnings.map(atLine),
    table: ragged ? null : stateFromCells(table.featureNames, table.labelName, table.cells)
  }
}

/** A table's cells as comparable values (Object.is for NaN and -0), texts and problem counts. */
function tableView(state: TableState | null) {
  if (state === null) return null
  return {
    featureNames: state.featureNames,
    labelName: state.labelName,
    rows: state.rows,
    values: state.columns.map((values) => Array.from(values.subarray(0, state.rows), String)),
    texts: state.texts.map((texts) => [...texts].sort((a, b) => a[0] - b[0])),
    rowProblems: Array.from(state.rowProblems.subarray(0, state.rows)),
    problemCount: state.problemCount
  }
}

const cell = fc.constantFrom(
  '1',
  '0',
  '-0',
  '2.5',
  '1.50',
  ' 3 ',
  '1e3',
  '',
  'abc',
  'inf',
  'nan',
  '"4,5"',
  '"a\nb"',
  '"x'
)
const line = fc.oneof(
  { weight: 6, arbitrary: fc.array(cell, { minLength: 1, maxLength: 4 }).map((c) => c.join(',')) },
  fc.constantFrom('# a comment', '', 'h1,h2,y', '공부,실습,합격')
)
const csvText = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, newline, bom]) => (bom ? '\ufeff' : '') + lines.join(newline) + newline)

describe('readCsvText', () => {
  it('finds what the core finds in any file, and builds the table the core cells make', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const expected = corePreview(text)
        const preview = readCsvText(text, 'any.csv')
        expect(preview.parsed).toBe(expected.parsed)
        expect(preview.problems).toEqual(expected.problems)
        if (!expected.parsed) return
        expect(preview).toMatchObject({
          rowCount: expected.rowCount,
          featureNames: expected.featureNames,
          labelName: expected.labelName,
          hasHeader: expected.hasHeader,
          delimiter: expected.delimiter,
          sample: expected.sample
        })
        if (expected.importable === undefined) return
        expect(preview.importable).toBe(expected.importable)
        expect(preview.warnings).toEqual(expected.warnings)
        expect(tableView(preview.table)).toEqual(tableView(expected.table ?? null))
      }),
      { numRuns: 500 }
    )
  })

  it('lists the first problems and says exactly when there are more', () => {
    const rows = (bad: number) => 'a,y\n' + 'x,0\n'.repeat(bad) + '1,1\n'
    const full = readCsvText(rows(MAX_REPORTED_ISSUES), 'full.csv')
    expect(full.problems).toHaveLength(MAX_REPORTED_ISSUES)
    expect(full.moreProblems).toBe(false)
    const more = readCsvText(rows(MAX_REPORTED_ISSUES + 1), 'more.csv')
    expect(more.problems).toHaveLength(MAX_REPORTED_ISSUES)
    expect(more.moreProblems).toBe(true)
    expect(more.importable).toBe(true)
    expect(more.table?.problemCount).toBe(MAX_REPORTED_ISSUES + 1)
  })

  it('shows the first rows by their first columns only', () => {
    const width = PREVIEW_COLUMNS + 5
    const text = Array.from({ length: 10 }, () => new Array(width).fill('1').join(',')).join('\n')
    const preview = readCsvText(text, 'wide.csv')
    expect(preview.sample).toHaveLength(PREVIEW_ROWS)
    expect(preview.sample[0].cells).toHaveLength(PREVIEW_COLUMNS)
    expect(preview.featureNames).toHaveLength(width - 1)
    expect(preview.table?.columns).toHaveLength(width)
  })

  it('reports how far it has read, as it reads, at most so often', () => {
    const text = '1,2,0\n'.repeat(5000)
    const read = (msPerClockRead: number): CsvReadProgress[] => {
      const progress: CsvReadProgress[] = []
      let clock = 0
      const preview = readCsvText(text, 'long.csv', {
        onProgress: (p) => progress.push(p),
        progressEveryMs: 100,
        now: () => (clock += msPerClockRead)
      })
      expect(preview.rowCount).toBe(5000)
      return progress
    }
    // The clock is read every 1,024 rows.
    const everyRead = read(100)
    expect(everyRead.map((p) => p.rows)).toEqual([1024, 2048, 3072, 4096])
    expect(everyRead.map((p) => p.fraction)).toEqual([1024, 2048, 3072, 4096].map((r) => r / 5000))
    expect(read(50).map((p) => p.rows)).toEqual([2048, 4096])
  })
})

describe('readCsvText: the data limits', () => {
  // A spy on the prototype outlives its test unless restored; the next test's spy would be the
  // same one, with the calls made before it was asked for (seen with --sequence.shuffle).
  afterEach(() => vi.restoreAllMocks())

  it(`opens ${MAX_COLS} features, and refuses ${MAX_COLS + 1} at the first row`, () => {
    const row = (columns: number) => new Array(columns).fill('0').join(',') + '\n'
    const atLimit = readCsvText(row(MAX_COLS + 1).repeat(2), 'at.csv')
    expect(atLimit).toMatchObject({ importable: true, rowCount: 2, limit: null })
    expect(atLimit.featureNames).toHaveLength(MAX_COLS)

    const addRow = vi.spyOn(TableBuilder.prototype, 'addRow')
    const past = readCsvText(row(MAX_COLS + 2) + row(2).repeat(3), 'past.csv')
    expect(past).toMatchObject({ importable: false, parsed: false, table: null, sample: [] })
    expect(past.limit).toEqual({
      limit: 'features',
      actual: MAX_COLS + 1,
      max: MAX_COLS,
      rows: 0,
      features: MAX_COLS + 1
    })
    expect(addRow).not.toHaveBeenCalled()
  })

  it('refuses a 1,000,000-column file by its header row, before building anything', () => {
    const addRow = vi.spyOn(TableBuilder.prototype, 'addRow')
    const header = Array.from({ length: 1_000_000 }, (_, j) => `c${j}`).join(',')
    const preview = readCsvText(header + '\n' + '0,'.repeat(999_999) + '1\n', 'wide.csv')
    expect(preview.limit).toEqual({
      limit: 'features',
      actual: 999_999,
      max: MAX_COLS,
      rows: 0,
      features: 999_999
    })
    expect(preview.featureNames).toEqual([])
    expect(addRow).not.toHaveBeenCalled()
  })

  it(`opens ${MAX_CELLS.toLocaleString('en')} feature cells, and stops at the row past them`, () => {
    // 4,096 features x 4,096 rows is exactly the cell limit; every feature cell is empty (one
    // byte each), so the file stays small.
    const row = ','.repeat(MAX_COLS) + '0\n'
    const rows = MAX_CELLS / MAX_COLS
    const text = row.repeat(rows)
    const atLimit = readCsvText(text, 'at.csv')
    expect(atLimit).toMatchObject({ importable: true, rowCount: rows, limit: null })
    expect(atLimit.table?.rows).toBe(rows)

    const past = readCsvText(text + row + row, 'past.csv')
    expect(past).toMatchObject({ importable: false, table: null })
    expect(past.limit).toEqual({
      limit: 'cells',
      actual: (rows + 1) * MAX_COLS,
      max: MAX_CELLS,
      rows: rows + 1,
      features: MAX_COLS
    })
    // Two reads of 16,777,216 cells: seconds each on a busy 2-core machine.
  }, 120_000)
})
