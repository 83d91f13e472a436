// A data table built one row at a time as a CSV file is read (in the import worker): the cells go
// straight into the table's own form (stores/datasetTable.ts: Float64Array columns, the texts that
// differ from the number's spelling, each row's count of invalid cells), so no row of strings is
// kept, and what the page receives is the table itself, its arrays transferred.
import { cellToNumber, type DatasetIssueCode } from '@core/dataset'
import { canonicalText, withRoom, type TableState } from '@renderer/stores/datasetTable'
import { canonicalDecimalValue } from './numberSpelling'

/** What can be wrong with one cell, as the core names it. */
export type CellProblem = Extract<DatasetIssueCode, 'notANumber' | 'nonFinite' | 'badLabel'>

export type ProblemReport = (
  row: number,
  column: number,
  code: CellProblem,
  value: string,
  line: number
) => void

export class TableBuilder {
  private columns: Float64Array[]
  private readonly texts: Map<number, string>[]
  private rowProblems: Int32Array
  private rows = 0
  private problemCount = 0
  private ones = 0

  /**
   * `report` hears of each invalid cell (its row in the table); `expectedRows` is the room to make
   * at once (a guess from the file's size; the table grows past it).
   */
  constructor(
    private readonly featureNames: string[],
    private readonly labelName: string,
    private readonly report: ProblemReport,
    expectedRows = 16
  ) {
    const capacity = Math.max(16, Math.ceil(expectedRows))
    this.columns = Array.from({ length: featureNames.length + 1 }, () => new Float64Array(capacity))
    this.texts = Array.from({ length: featureNames.length + 1 }, () => new Map())
    this.rowProblems = new Int32Array(capacity)
  }

  get rowCount(): number {
    return this.rows
  }

  /** True when every label so far is the same (the core's single-class warning). */
  get singleClass(): boolean {
    return this.ones === 0 || this.ones === this.rows
  }

  /** The one label of a single-class table, as the warning names it. */
  get singleClassLabel(): string {
    return this.ones === 0 ? '0' : '1'
  }

  /**
   * Adds a row of d + 1 cells, label last, and returns how many of them are invalid; `report`
   * (given at construction) hears of each, in order, as validation names it.
   */
  addRow(cells: readonly string[], line: number): number {
    const i = this.rows
    if (i >= this.rowProblems.length) this.grow(i + 1)
    const d = this.featureNames.length
    let problems = 0
    for (let j = 0; j <= d; j++) {
      const text = cells[j]
      let value = canonicalDecimalValue(text)
      let code: CellProblem | null = null
      if (value === null) {
        // Not a plain number as JavaScript spells it: read it as validation does, keep its text.
        const parsed = cellToNumber(text)
        value = parsed ?? Number.NaN
        if (text !== canonicalText(value)) this.texts[j].set(i, text)
        if (j < d && parsed === null) code = 'notANumber'
        else if (j < d && !Number.isFinite(value)) code = 'nonFinite'
      }
      this.columns[j][i] = value
      if (j === d) {
        if (value === 1) this.ones++
        else if (value !== 0) code = 'badLabel'
      }
      if (code !== null) {
        problems++
        this.report(i, j, code, text, line)
      }
    }
    this.rowProblems[i] = problems
    this.problemCount += problems
    this.rows = i + 1
    return problems
  }

  /** The table, its arrays cut to the rows (so none of the room made for more is kept). */
  finish(): TableState {
    const cut = <T extends Float64Array | Int32Array>(array: T): T =>
      array.length === this.rows ? array : (array.slice(0, this.rows) as T)
    return {
      featureNames: this.featureNames,
      labelName: this.labelName,
      rows: this.rows,
      columns: this.columns.map(cut),
      texts: this.texts,
      rowProblems: cut(this.rowProblems),
      problemCount: this.problemCount
    }
  }

  private grow(needed: number): void {
    this.columns = this.columns.map((values) => withRoom(values, needed, this.rows))
    this.rowProblems = withRoom(this.rowProblems, needed, this.rows)
  }
}

/** The buffers of a table's arrays, for handing them to another thread without a copy. */
export function tableBuffers(state: TableState): ArrayBuffer[] {
  return [...state.columns, state.rowProblems].map((array) => array.buffer as ArrayBuffer)
}
