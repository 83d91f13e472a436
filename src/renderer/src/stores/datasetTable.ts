// The editable table behind the Data panel, kept outside Vue's reactivity (100,000 x 8 cells would
// be far too many reactive objects). Values are column-major numbers; a cell's text is kept only
// where it differs from the number's own spelling ("1.50", "abc", "inf"), so the table shows what
// was typed without holding a string per cell. The invalid cells of each row are counted on every
// edit, so an edit never rescans the table and the problems are found by skipping clean rows.
//
// Columns are Float64Arrays with room to grow (values past `rows` mean nothing), so a CSV read in
// a worker becomes the table as the worker built it, its arrays transferred, nothing copied.
import { cellToNumber, type Dataset, type DatasetIssue, type DatasetIssueCode } from '@core/dataset'

export interface TableState {
  featureNames: string[]
  labelName: string
  rows: number
  /**
   * d feature columns, then the label column; NaN where a cell is not a number (or is empty).
   * Each holds at least `rows` values.
   */
  columns: Float64Array[]
  /** Per column: row -> the text as typed, only where it is not the value's canonical spelling. */
  texts: Map<number, string>[]
  /** How many invalid cells each row has (at least `rows` entries, like the columns). */
  rowProblems: Int32Array
  problemCount: number
}

/** A column's cells, taken out of the table so that they can be put back exactly. */
export interface ColumnData {
  name: string
  values: Float64Array
  texts: Map<number, string>
}

/** The spelling a value gets when nobody typed anything else: empty for "no number". */
export function canonicalText(value: number): string {
  return Number.isNaN(value) ? '' : String(value)
}

export function parseCellText(text: string): number {
  return cellToNumber(text) ?? Number.NaN
}

export function emptyState(featureNames: string[], labelName: string): TableState {
  return {
    featureNames: [...featureNames],
    labelName,
    rows: 0,
    columns: Array.from({ length: featureNames.length + 1 }, () => new Float64Array(0)),
    texts: Array.from({ length: featureNames.length + 1 }, () => new Map()),
    rowProblems: new Int32Array(0),
    problemCount: 0
  }
}

/**
 * `array` if it holds `needed` values, else a larger copy of its first `used` values: growing by
 * half again each time, so adding rows one by one copies each value a bounded number of times.
 */
export function withRoom<T extends Float64Array | Int32Array>(
  array: T,
  needed: number,
  used: number
): T {
  if (array.length >= needed) return array
  const grown = (
    array instanceof Float64Array
      ? new Float64Array(Math.max(needed, Math.ceil(array.length * 1.5), 16))
      : new Int32Array(Math.max(needed, Math.ceil(array.length * 1.5), 16))
  ) as T
  grown.set(array.subarray(0, used))
  return grown
}

export class DataTable {
  constructor(public state: TableState) {}

  get rows(): number {
    return this.state.rows
  }

  /** d: the number of feature columns; also the index of the label column. */
  get featureCount(): number {
    return this.state.featureNames.length
  }

  get problemCount(): number {
    return this.state.problemCount
  }

  /** Swaps in another state and returns the one it replaces (kept by reference for undo). */
  replace(next: TableState): TableState {
    const previous = this.state
    this.state = next
    return previous
  }

  isValid(column: number, value: number): boolean {
    return column === this.featureCount ? value === 0 || value === 1 : Number.isFinite(value)
  }

  value(row: number, column: number): number {
    return this.state.columns[column][row]
  }

  text(row: number, column: number): string {
    return this.state.texts[column].get(row) ?? canonicalText(this.state.columns[column][row])
  }

  issueCode(row: number, column: number): DatasetIssueCode | null {
    const value = this.state.columns[column][row]
    if (this.isValid(column, value)) return null
    if (column === this.featureCount) return 'badLabel'
    return cellToNumber(this.text(row, column)) === null ? 'notANumber' : 'nonFinite'
  }

  /** Sets a cell from its text; returns the text it had. */
  setText(row: number, column: number, text: string): string {
    const before = this.text(row, column)
    const value = parseCellText(text)
    this.setRaw(row, column, value, text === canonicalText(value) ? undefined : text)
    return before
  }

  /** Sets a cell's value and stored text directly, keeping the problem counts right. */
  setRaw(row: number, column: number, value: number, text: string | undefined): void {
    const { columns, texts, rowProblems } = this.state
    const delta =
      Number(!this.isValid(column, value)) - Number(!this.isValid(column, columns[column][row]))
    columns[column][row] = value
    if (text === undefined) texts[column].delete(row)
    else texts[column].set(row, text)
    rowProblems[row] += delta
    this.state.problemCount += delta
  }

  /** Adds rows at the end: features empty (to be typed), label 0. */
  appendRows(count: number): void {
    const d = this.featureCount
    const { state } = this
    const from = state.rows
    const to = from + count
    state.columns = state.columns.map((values) => withRoom(values, to, from))
    state.rowProblems = withRoom(state.rowProblems, to, from)
    for (let j = 0; j < d; j++) state.columns[j].fill(Number.NaN, from, to)
    state.columns[d].fill(0, from, to)
    state.rowProblems.fill(d, from, to)
    state.rows = to
    state.problemCount += count * d
  }

  /** Drops every row from `rows` on (the inverse of appendRows). */
  truncateRows(rows: number): void {
    const { state } = this
    for (let i = rows; i < state.rows; i++) state.problemCount -= state.rowProblems[i]
    state.rows = Math.min(rows, state.rows)
    for (const texts of state.texts) {
      for (const row of [...texts.keys()]) if (row >= rows) texts.delete(row)
    }
  }

  insertColumn(at: number, column: ColumnData): void {
    const { state } = this
    state.featureNames.splice(at, 0, column.name)
    state.columns.splice(at, 0, withRoom(column.values, state.rows, state.rows))
    state.texts.splice(at, 0, column.texts)
    this.countColumnProblems(at, +1)
  }

  removeColumn(at: number): ColumnData {
    const { state } = this
    this.countColumnProblems(at, -1)
    const [name] = state.featureNames.splice(at, 1)
    const [values] = state.columns.splice(at, 1)
    const [texts] = state.texts.splice(at, 1)
    return { name, values, texts }
  }

  private countColumnProblems(column: number, sign: 1 | -1): void {
    const values = this.state.columns[column]
    for (let i = 0; i < this.state.rows; i++) {
      if (!this.isValid(column, values[i])) {
        this.state.rowProblems[i] += sign
        this.state.problemCount += sign
      }
    }
  }

  /** Recomputes every row's problem count: for whole-table operations, never for a cell edit. */
  recountRows(): void {
    const { columns } = this.state
    const n = this.state.rows
    const rowProblems = new Int32Array(n)
    let total = 0
    columns.forEach((values, j) => {
      for (let i = 0; i < n; i++) {
        if (!this.isValid(j, values[i])) {
          rowProblems[i]++
          total++
        }
      }
    })
    this.state.rowProblems = rowProblems
    this.state.problemCount = total
  }

  /** The first `limit` invalid cells in row order, as the core names them. */
  problems(limit: number): DatasetIssue[] {
    if (this.rows === 0) return [{ code: 'empty', severity: 'error' }]
    const found: DatasetIssue[] = []
    if (this.problemCount === 0) return found
    const { rowProblems, columns } = this.state
    for (let i = 0; i < this.state.rows && found.length < limit; i++) {
      if (rowProblems[i] === 0) continue
      for (let j = 0; j < columns.length && found.length < limit; j++) {
        const code = this.issueCode(i, j)
        if (code !== null) {
          found.push({ code, severity: 'error', row: i, column: j, value: this.text(i, j) })
        }
      }
    }
    return found
  }

  /** Every label the same: the core's warning, given only when the data is valid. */
  warnings(): DatasetIssue[] {
    if (this.rows === 0 || this.problemCount > 0) return []
    const labels = this.state.columns[this.featureCount]
    let ones = 0
    for (let i = 0; i < this.rows; i++) ones += labels[i]
    if (ones !== 0 && ones !== this.rows) return []
    return [{ code: 'singleClass', severity: 'warning', value: String(ones === 0 ? 0 : 1) }]
  }

  /** The data for training, row-major, or null while any cell is invalid. */
  toDataset(): Dataset | null {
    const rows = this.rows
    const cols = this.featureCount
    if (rows === 0 || cols === 0 || this.problemCount > 0) return null
    const x = new Float64Array(rows * cols)
    const { columns } = this.state
    for (let j = 0; j < cols; j++) {
      const values = columns[j]
      for (let i = 0; i < rows; i++) x[i * cols + j] = values[i]
    }
    return {
      rows,
      cols,
      x,
      y: columns[cols].slice(0, rows),
      featureNames: [...this.state.featureNames]
    }
  }

  /** A rough size in bytes, for bounding the undo history. */
  estimateBytes(): number {
    let texts = 0
    for (const map of this.state.texts)
      for (const text of map.values()) texts += 48 + text.length * 2
    return this.rows * (this.featureCount + 2) * 8 + texts
  }
}
