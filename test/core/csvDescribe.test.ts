import { describe, expect, it } from 'vitest'
import { datasetFromCsv, describeCsvIssue, type CsvIssue } from '@core'

function firstError(text: string): CsvIssue {
  const result = datasetFromCsv(text)
  if (result.ok) throw new Error('expected an error')
  return result.errors[0]
}

describe('describeCsvIssue', () => {
  it('names the file, line, row and column (1-based) with the header name', () => {
    const issue = firstError('hours,lab,passed\n# comment\n1,2,0\n3,x,1\n')
    expect(
      describeCsvIssue(issue, { source: 'data.csv', columnNames: ['hours', 'lab', 'passed'] })
    ).toBe('data.csv: line 4, row 2, column 2 ("lab"): "x" is not a number')
  })

  it('says what a ragged row has and needs, in cells as the file shows them', () => {
    expect(describeCsvIssue(firstError('1,2,0\n1,2,3,1\n'), { source: 'a.csv' })).toBe(
      'a.csv: line 2, row 2, column 4: the row has 4 cells, expected 3 (2 features, then the label)'
    )
  })

  it('keeps a cell with a line break on one line', () => {
    const text = describeCsvIssue(firstError('a,b,y\n1,"2\n3",0\n'))
    expect(text).toBe('line 2, row 1, column 2: "2\\n3" is not a number')
    expect(text).not.toContain('\n')
  })

  it('describes malformed quotes, bad labels, empty files and missing features', () => {
    expect(describeCsvIssue(firstError('a,b,y\n1,"2,0\n'))).toBe(
      'line 2, row 1, column 2: malformed CSV: Quoted field unterminated'
    )
    expect(describeCsvIssue(firstError('1,2,yes\n'))).toBe(
      'line 1, row 1, column 3: the label must be 0 or 1, got "yes"'
    )
    expect(describeCsvIssue(firstError('# nothing\n'), { source: 'e.csv' })).toBe(
      'e.csv: the file has no data rows'
    )
    expect(describeCsvIssue(firstError('y\n1\n'), { source: 'f.csv' })).toBe(
      'f.csv: line 1: the data needs at least one feature column before the label'
    )
  })
})
