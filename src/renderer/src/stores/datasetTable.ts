// The editable table behind the Data panel, kept outside Vue's reactivity (100,000 x 8 cells would
// be far too many reactive objects). Values are column-major numbers; a cell's text is kept only
// where it differs from the number's own spelling ("1.50", "abc", "inf"), so the table shows what
// was typed without holding a string per cell. The invalid cells of each row are counted on every
// edit, so an edit never rescans the table and the problems are found by skipping clean rows.
import {
  cellToNumber,
  type Dataset,
  type DatasetIssue,
  type DatasetIssueCode
} from '../../../core/dataset'

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

/** Rows taken out of the table (ascending indices), with everything needed to put them back. */
export interface RemovedRows {
  indices: number[]
  values: number[][]
  texts: Map<number, string>[]
}

/** A rectangle of cells, saved before a paste overwrites it. */
export interface SavedRegion {
  row: number
  column: number
  rows: number
  columns: number
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

  /** Removes rows (any order, duplicates ignored) and returns them for putting back. */
  removeRows(rows: readonly number[]): RemovedRows {
    const n = this.rows
    const indices = [...new Set(rows)].filter((i) => i >= 0 && i < n).sort((a, b) => a - b)
    const removing = new Uint8Array(n)
    for (const i of indices) removing[i] = 1
    const { columns, texts } = this.state
    const removed: RemovedRows = { indices, values: [], texts: [] }
    const newIndex = new Int32Array(n)
    let kept = 0
    for (let i = 0; i < n; i++) newIndex[i] = removing[i] ? -1 : kept++
    columns.forEach((values, j) => {
      const keptValues: number[] = []
      const removedValues: number[] = []
      for (let i = 0; i < n; i++) (removing[i] ? removedValues : keptValues).push(values[i])
      columns[j] = keptValues
      removed.values.push(removedValues)
      const [keptTexts, removedTexts] = splitTexts(texts[j], newIndex, indices)
      texts[j] = keptTexts
      removed.texts.push(removedTexts)
    })
    this.recountRows()
    return removed
  }

  /** Puts removed rows back at their old indices (the inverse of removeRows). */
  insertRows(removed: RemovedRows): void {
    const { indices } = removed
    const total = this.rows + indices.length
    const { columns, texts } = this.state
    columns.forEach((values, j) => {
      const merged: number[] = new Array(total)
      const mergedTexts = new Map<number, string>()
      const oldTexts = texts[j]
      let from = 0
      let back = 0
      for (let i = 0; i < total; i++) {
        if (back < indices.length && indices[back] === i) {
          merged[i] = removed.values[j][back]
          const text = removed.texts[j].get(back)
          if (text !== undefined) mergedTexts.set(i, text)
          back++
        } else {
          merged[i] = values[from]
          const text = oldTexts.get(from)
          if (text !== undefined) mergedTexts.set(i, text)
          from++
        }
      }
      columns[j] = merged
      texts[j] = mergedTexts
    })
    this.recountRows()
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

  saveRegion(row: number, column: number, rows: number, columns: number): SavedRegion {
    const values = new Float64Array(rows * columns)
    const texts = new Map<number, string>()
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const k = i * columns + j
        values[k] = this.state.columns[column + j][row + i]
        const text = this.state.texts[column + j].get(row + i)
        if (text !== undefined) texts.set(k, text)
      }
    }
    return { row, column, rows, columns, values, texts }
  }

  restoreRegion(region: SavedRegion): void {
    for (let i = 0; i < region.rows; i++) {
      for (let j = 0; j < region.columns; j++) {
        const k = i * region.columns + j
        this.setRaw(region.row + i, region.column + j, region.values[k], region.texts.get(k))
      }
    }
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

function splitTexts(
  texts: Map<number, string>,
  newIndex: Int32Array,
  removedIndices: number[]
): [Map<number, string>, Map<number, string>] {
  const kept = new Map<number, string>()
  const removed = new Map<number, string>()
  if (texts.size === 0) return [kept, removed]
  const position = new Map(removedIndices.map((row, k) => [row, k]))
  for (const [row, text] of texts) {
    if (newIndex[row] >= 0) kept.set(newIndex[row], text)
    else removed.set(position.get(row) as number, text)
  }
  return [kept, removed]
}
