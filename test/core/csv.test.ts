// Reading data sets from CSV: every layout a spreadsheet or editor produces, and every error
// naming the file line, the data row and the column.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  datasetFromCsv,
  datasetToCsv,
  locateIssue,
  parseCsvTable,
  type CsvDelimiter,
  type CsvIssue
} from '@core'

function errorsOf(text: string): CsvIssue[] {
  const result = datasetFromCsv(text)
  if (result.ok) throw new Error('expected the CSV to be refused')
  return result.errors
}

function dataOf(text: string): { x: number[]; y: number[]; names: readonly string[] } {
  const result = datasetFromCsv(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const { x, y, featureNames } = result.dataset
  return { x: Array.from(x), y: Array.from(y), names: featureNames }
}

describe('datasetFromCsv: layouts', () => {
  it('takes a first row without numbers as the header, and names the features x1..xd when none', () => {
    expect(dataOf('hours,lab,passed\n1,2,0\n3,4,1\n')).toEqual({
      x: [1, 2, 3, 4],
      y: [0, 1],
      names: ['hours', 'lab']
    })
    expect(dataOf('1,2,0\n3,4,1\n')).toEqual({ x: [1, 2, 3, 4], y: [0, 1], names: ['x1', 'x2'] })
  })

  it('skips # comment lines and blank lines anywhere', () => {
    const text = '# the lab\n\nx1,x2,y\n# first\n1,2,0\n\n   \n#last\n3,4,1\n# end\n'
    expect(dataOf(text).x).toEqual([1, 2, 3, 4])
  })

  it('ignores a BOM, takes CRLF or LF line ends, with or without a trailing newline', () => {
    for (const text of [
      '\ufeffa,b,y\r\n1,2,0\r\n3,4,1\r\n',
      'a,b,y\r\n1,2,0\r\n3,4,1',
      'a,b,y\n1,2,0\n3,4,1',
      '\ufeff1,2,0\n3,4,1\n\n\n'
    ]) {
      expect(dataOf(text).x, JSON.stringify(text)).toEqual([1, 2, 3, 4])
    }
  })

  it('unquotes quoted fields, including a delimiter or a line break inside quotes', () => {
    const text = '"a, first","b\nsecond","y"\n"1","2.5",0\n3,"4",1\n'
    expect(dataOf(text)).toEqual({ x: [1, 2.5, 3, 4], y: [0, 1], names: ['a, first', 'b\nsecond'] })
  })

  it('detects semicolon and tab delimiters', () => {
    expect(parseCsvTable('a;b;y\n1;2;0\n').ok && dataOf('a;b;y\n1;2;0\n3;4;1\n').x).toEqual([
      1, 2, 3, 4
    ])
    expect(dataOf('a\tb\ty\n1\t2\t0\n3\t4\t1\n').x).toEqual([1, 2, 3, 4])
    const table = parseCsvTable('a;b;y\n1;2;0\n')
    expect(table.ok && table.table.delimiter).toBe(';')
  })

  it('keeps Korean header names', () => {
    expect(dataOf('공부시간,실습시간,합격\n1,2,0\n3,4,1\n').names).toEqual(['공부시간', '실습시간'])
    const table = parseCsvTable('공부시간,실습시간,합격\n1,2,0\n')
    expect(table.ok && table.table.labelName).toBe('합격')
  })

  it('reads one feature (d = 1) and many (d = 10)', () => {
    expect(dataOf('x,y\n1,0\n2,1\n').x).toEqual([1, 2])
    const wide = Array.from({ length: 3 }, (_, i) => [...Array(10).keys(), i % 2].join(',')).join(
      '\n'
    )
    expect(dataOf(wide).x).toHaveLength(30)
  })
})

describe('datasetFromCsv: errors name the file line, row and column', () => {
  it('names a cell that is not a number', () => {
    expect(errorsOf('a,b,y\n# note\n1,2,0\n3,four,1\n')).toEqual([
      { code: 'notANumber', severity: 'error', row: 1, column: 1, value: 'four', line: 4 }
    ])
  })

  it('names an empty cell, NaN and infinity', () => {
    const errors = errorsOf('1,,0\nnan,1,1\n2,-Infinity,0\n')
    expect(errors.map((e) => [e.code, e.line, e.row, e.column])).toEqual([
      ['notANumber', 1, 0, 1],
      ['nonFinite', 2, 1, 0],
      ['nonFinite', 3, 2, 1]
    ])
  })

  it('names bad labels in the label column (the last)', () => {
    const errors = errorsOf('a,b,label\n1,2,yes\n1,2,2\n1,2,0.5\n1,2,\n')
    expect(errors.map((e) => [e.code, e.line, e.row, e.column, e.value])).toEqual([
      ['badLabel', 2, 0, 2, 'yes'],
      ['badLabel', 3, 1, 2, '2'],
      ['badLabel', 4, 2, 2, '0.5'],
      ['badLabel', 5, 3, 2, '']
    ])
  })

  it('names ragged rows and the first missing or extra cell', () => {
    const errors = errorsOf('a,b,y\n1,2,0\n3,1\n1,2,3,0\n')
    expect(errors).toEqual([
      { code: 'ragged', severity: 'error', row: 1, column: 2, value: '1', expected: 2, line: 3 },
      { code: 'ragged', severity: 'error', row: 2, column: 3, value: '3', expected: 2, line: 4 }
    ])
  })

  it('counts the lines of a quoted cell that spans several, and CRLF ends', () => {
    const errors = errorsOf('"a\r\nb",c,y\r\n1,2,0\r\n"3","x",1\r\n')
    expect(errors).toEqual([
      { code: 'notANumber', severity: 'error', row: 1, column: 1, value: 'x', line: 4 }
    ])
  })

  it('names an unclosed quote as malformed, with its line, row and column', () => {
    expect(errorsOf('a,b,y\n1,2,0\n3,"4,1\n5,6,0\n')).toEqual([
      {
        code: 'malformed',
        severity: 'error',
        line: 3,
        row: 1,
        column: 1,
        value: 'Quoted field unterminated'
      }
    ])
  })

  it('needs a feature column before the label, and at least one data row', () => {
    expect(errorsOf('# only the label\ny\n0\n1\n')).toEqual([
      { code: 'noFeatures', severity: 'error', line: 2 }
    ])
    expect(errorsOf('')).toEqual([{ code: 'empty', severity: 'error' }])
    expect(errorsOf('# nothing\n\n')).toEqual([{ code: 'empty', severity: 'error' }])
    expect(errorsOf('a,b,y\n')).toEqual([{ code: 'empty', severity: 'error' }])
  })

  it('warns, with no error, when every label is the same', () => {
    const result = datasetFromCsv('1,2,1\n3,4,1\n')
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([{ code: 'singleClass', severity: 'warning', value: '1' }])
  })
})

// ---- property: any layout, the right cells on the right lines --------------------------------

interface Layout {
  header: string[] | null
  rows: string[][]
  delimiter: CsvDelimiter
  newline: '\n' | '\r\n'
  bom: boolean
  trailingNewline: boolean
  /** Comment or blank lines before each row (index rows.length: after the last). */
  junk: string[][]
  quoteNumbers: boolean
}

const headerNames = fc.constantFrom('hours', '공부 시간', 'a,b', 'two\nlines', 'say "hi"', 'x')
const numberCell = fc
  .oneof(
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String)
  )
  .filter((text) => text !== '-0')
const junkLine = fc.constantFrom('# a comment', '#', '', '   ', '# 1,2,3')

const layouts: fc.Arbitrary<Layout> = fc
  .record({ cols: fc.integer({ min: 2, max: 5 }), n: fc.integer({ min: 1, max: 12 }) })
  .chain(({ cols, n }) =>
    fc.record({
      header: fc.option(fc.array(headerNames, { minLength: cols, maxLength: cols }), {
        nil: null
      }),
      rows: fc.array(
        fc
          .tuple(
            fc.array(numberCell, { minLength: cols - 1, maxLength: cols - 1 }),
            fc.constantFrom('0', '1')
          )
          .map(([features, label]) => [...features, label]),
        { minLength: n, maxLength: n }
      ),
      delimiter: fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
      newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
      bom: fc.boolean(),
      trailingNewline: fc.boolean(),
      junk: fc.array(fc.array(junkLine, { maxLength: 2 }), { minLength: n + 1, maxLength: n + 1 }),
      quoteNumbers: fc.boolean()
    })
  )

function quoteIfNeeded(cell: string, delimiter: string, always: boolean): string {
  const needs = always || /["\n\r]/.test(cell) || cell.includes(delimiter)
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** The CSV text of a layout, and the line each data row starts on. */
function render(layout: Layout): { text: string; lines: number[] } {
  const out: string[] = []
  const lines: number[] = []
  let line = 1
  const push = (text: string): void => {
    out.push(text)
    line += 1 + (text.match(/\r\n|\n/g)?.length ?? 0)
  }
  const join = (cells: string[], always: boolean): string =>
    cells.map((c) => quoteIfNeeded(c, layout.delimiter, always)).join(layout.delimiter)
  if (layout.header) push(join(layout.header, false))
  layout.rows.forEach((row, i) => {
    layout.junk[i].forEach(push)
    lines.push(line)
    push(join(row, layout.quoteNumbers))
  })
  layout.junk[layout.rows.length].forEach(push)
  // line breaks inside quoted cells stay as they are (spreadsheets write \n there in CRLF files too)
  const body = out.join(layout.newline)
  const text = (layout.bom ? '\ufeff' : '') + body + (layout.trailingNewline ? layout.newline : '')
  return { text, lines }
}

describe('datasetFromCsv: any layout', () => {
  it('finds every data row, its cells and the file line it starts on', () => {
    fc.assert(
      fc.property(layouts, (layout) => {
        const { text, lines } = render(layout)
        const parsed = parseCsvTable(text)
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        expect(parsed.table.hasHeader).toBe(layout.header !== null)
        expect(parsed.table.cells).toEqual(layout.rows)
        expect(parsed.table.lines).toEqual(lines)
        expect(parsed.table.delimiter).toBe(layout.delimiter)
        if (layout.header) expect(parsed.table.featureNames).toEqual(layout.header.slice(0, -1))
      }),
      { numRuns: 400 }
    )
  })

  it('names the line, row and column of a bad cell placed anywhere', () => {
    fc.assert(
      fc.property(
        layouts,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('oops', '2'),
        (layout, r, c, bad) => {
          const row = r % layout.rows.length
          const width = layout.rows[0].length
          // 'oops' goes in any cell; '2' only in the label column, where it is a bad label
          const column = bad === '2' ? width - 1 : c % width
          layout.rows[row][column] = bad
          const { text, lines } = render(layout)
          const errors = errorsOf(text)
          expect(errors).toHaveLength(1)
          expect(errors[0]).toMatchObject({ line: lines[row], row, column, value: bad })
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('datasetToCsv', () => {
  it('writes a header row and numbers that read back exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(0, 1)
          ),
          { minLength: 1, maxLength: 10 }
        ),
        fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
        (rows, delimiter) => {
          const x = Float64Array.from(rows.flatMap(([a, b]) => [a === 0 ? 0 : a, b === 0 ? 0 : b]))
          const y = Float64Array.from(rows.map((r) => r[2]))
          const dataset = {
            rows: rows.length,
            cols: 2,
            x,
            y,
            featureNames: ['공부, 시간', 'say "x"']
          }
          const back = datasetFromCsv(datasetToCsv(dataset, '합격', delimiter))
          expect(back.ok).toBe(true)
          if (!back.ok) return
          expect(Array.from(back.dataset.x)).toEqual(Array.from(x))
          expect(Array.from(back.dataset.y)).toEqual(Array.from(y))
          expect(back.dataset.featureNames).toEqual(dataset.featureNames)
          expect(back.table.labelName).toBe('합격')
        }
      )
    )
  })
})

describe('header detection', () => {
  it('reads a first row with a number in it as data, so its typo is reported, not eaten', () => {
    expect(errorsOf('1,tow,0\n3,4,1\n')).toEqual([
      { code: 'notANumber', severity: 'error', row: 0, column: 1, value: 'tow', line: 1 }
    ])
    const table = parseCsvTable(',b,y\n1,2,0\n')
    expect(table.ok && table.table.hasHeader).toBe(true)
    expect(table.ok && table.table.headerLine).toBe(1)
  })
})

describe('locateIssue', () => {
  it("puts a table issue on its file line, and a ragged row's column in cells", () => {
    const parsed = parseCsvTable('# c\na,b,y\n\n1,2,0\n3,1\n')
    if (!parsed.ok) throw new Error('expected a table')
    const ragged = {
      code: 'ragged',
      severity: 'error',
      row: 1,
      column: 1,
      value: '1',
      expected: 2
    } as const
    expect(locateIssue(parsed.table, ragged)).toEqual({ ...ragged, column: 2, line: 5 })
    const word = { code: 'notANumber', severity: 'error', row: 0, column: 0, value: 'x' } as const
    expect(locateIssue(parsed.table, word)).toEqual({ ...word, line: 4 })
    const whole = { code: 'singleClass', severity: 'warning', value: '1' } as const
    expect(locateIssue(parsed.table, whole)).toEqual(whole)
  })
})
