// One set of data limits for every door data comes in by (the renderer's import and paste, main's
// IPC, the CLI): each at its limit and one past it.
import { describe, expect, it } from 'vitest'
import { dataLimitIssue, MAX_CELLS, MAX_COLS, MAX_ROWS } from '@shared/limits'

describe('dataLimitIssue', () => {
  it('accepts data at each limit', () => {
    expect(dataLimitIssue(2, MAX_COLS)).toBeNull()
    expect(dataLimitIssue(MAX_ROWS, 1)).toBeNull()
    expect(dataLimitIssue(MAX_CELLS / 8, 8)).toBeNull()
  })

  it('names the limit one past it, with the count and the most allowed', () => {
    expect(dataLimitIssue(2, MAX_COLS + 1)).toEqual({
      limit: 'features',
      actual: MAX_COLS + 1,
      max: MAX_COLS
    })
    expect(dataLimitIssue(MAX_ROWS + 1, 1)).toEqual({
      limit: 'rows',
      actual: MAX_ROWS + 1,
      max: MAX_ROWS
    })
    expect(dataLimitIssue(MAX_CELLS / 8 + 1, 8)).toEqual({
      limit: 'cells',
      actual: MAX_CELLS + 8,
      max: MAX_CELLS
    })
  })
})
