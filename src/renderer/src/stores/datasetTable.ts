// The editable table behind the Data panel, kept outside Vue's reactivity (100,000 x 8 cells would
// be far too many reactive objects). Values are column-major numbers; a cell's text is kept only
// where it differs from the number's own spelling ("1.50", "abc", "inf"), so the table shows what
// was typed without holding a string per cell. The invalid cells of each row are counted on every
// edit, so an edit never rescans the table and the problems are found by skipping clean rows.
import { cellToNumber, type Dataset, type DatasetIssue, type DatasetIssueCode } from '@core/dataset'

export interface TableState {
  featureNames: string[]
  labelName: string
  /** d feature columns, then the label column; NaN where a cell is not a number (or is empty). */
  columns: number[][]
  /** Per column: row -> the text as typed, only where it is not the value's canonical spelling. */
  texts: Map<number, string>[]
  /** How many invalid cells each row has. */
  rowProblems: number[]
  problemCount: number
}

/** A column's cells, taken out of the table so that they can be put back exactly. */
export interface ColumnData {
  name: string
  values: number[]
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
    columns: Array.from({ length: featureNames.length + 1 }, () => []),
    texts: Array.from({ length: featureNames.length + 1 }, () => new Map()),
    rowProblems: [],
    problemCount: 0
  }
}

export class DataTable {
  constructor(public state: TableState) {}

  get rows(): number {
    return this.state.rowProblems.length
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
    const { columns, rowProblems } = this.state
    for (let k = 0; k < count; k++) {
      for (let j = 0; j < d; j++) columns[j].push(Number.NaN)
      columns[d].push(0)
      rowProblems.push(d)
    }
    this.state.problemCount += count * d
  }

  /** Drops every row from `rows` on (the inverse of appendRows). */
  truncateRows(rows: number): void {
    const { columns, texts, rowProblems } = this.state
    for (let i = rows; i < rowProblems.length; i++) this.state.problemCount -= rowProblems[i]
    rowProblems.length = rows
    columns.forEach((values, j) => {
      values.length = rows
      for (const row of [...texts[j].keys()]) if (row >= rows) texts[j].delete(row)
    })
  }

  insertColumn(at: number, column: ColumnData): void {
    const { state } = this
    state.featureNames.splice(at, 0, column.name)
    state.columns.splice(at, 0, column.values)
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
    for (let i = 0; i < values.length; i++) {
      if (!this.isValid(column, values[i])) {
        this.state.rowProblems[i] += sign
        this.state.problemCount += sign
      }
    }
  }

  /** Recomputes every row's problem count: for whole-table operations, never for a cell edit. */
  recountRows(): void {
    const { columns } = this.state
    const n = columns[0]?.length ?? 0
    const rowProblems = new Array<number>(n).fill(0)
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
    for (let i = 0; i < rowProblems.length && found.length < limit; i++) {
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
    for (let i = 0; i < labels.length; i++) ones += labels[i]
    if (ones !== 0 && ones !== labels.length) return []
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
      y: Float64Array.from(columns[cols]),
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
