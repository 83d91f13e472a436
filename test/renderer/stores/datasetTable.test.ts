import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateTable } from '@core/dataset'
import { DataTable } from '@renderer/stores/datasetTable'
import { labState, stateFromCells } from '@renderer/stores/datasetCsv'
import { UndoHistory, type Edit } from '@renderer/stores/datasetHistory'
import * as edits from '@renderer/stores/datasetEdits'

function texts(table: DataTable): string[][] {
  return Array.from({ length: table.rows }, (_, i) =>
    Array.from({ length: table.featureCount + 1 }, (_, j) => table.text(i, j))
  )
}

/** What the core says about the table's cells, computed from scratch. */
function coreProblems(table: DataTable): [number, number][] {
  const cells = texts(table)
  const d = table.featureCount
  const result = validateTable({
    featureNames: table.state.featureNames,
    x: cells.map((row) => row.slice(0, d)),
    y: cells.map((row) => row[d])
  })
  if (result.ok) return []
  return result.errors.map((issue) => [issue.row ?? -1, issue.column ?? -1])
}

const cellText = fc.oneof(
  fc.constantFrom('', 'abc', 'inf', 'nan', '0', '1', '1.50', '-0', '2', ' 3 '),
  fc.double({ noNaN: false }).map(String)
)

type Op =
  | { kind: 'set'; row: number; column: number; text: string }
  | { kind: 'addRows'; count: number }
  | { kind: 'removeRows'; rows: number[] }
  | { kind: 'addFeature' }
  | { kind: 'removeFeature'; column: number }
  | { kind: 'paste'; row: number; column: number; block: string[][] }
  | { kind: 'replace'; cells: string[][] }
  | { kind: 'undo' }
  | { kind: 'redo' }

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      row: fc.nat(12),
      column: fc.nat(4),
      text: cellText
    })
  },
  fc.record({ kind: fc.constant('addRows' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    kind: fc.constant('removeRows' as const),
    rows: fc.array(fc.nat(12), { maxLength: 3 })
  }),
  fc.record({ kind: fc.constant('addFeature' as const) }),
  fc.record({ kind: fc.constant('removeFeature' as const), column: fc.nat(4) }),
  fc.record({
    kind: fc.constant('paste' as const),
    row: fc.nat(12),
    column: fc.nat(4),
    block: fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4
    })
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    cells: fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 5
    })
  }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
  fc.record({ kind: fc.constant('redo' as const) })
)

function apply(table: DataTable, history: UndoHistory, step: Op): void {
  const inRows = (row: number): boolean => row < table.rows
  let edit: Edit | null = null
  switch (step.kind) {
    case 'set':
      if (inRows(step.row) && step.column <= table.featureCount)
        edit = edits.setCellEdit(table, step.row, step.column, step.text)
      break
    case 'addRows':
      edit = edits.addRowsEdit(table, step.count)
      break
    case 'removeRows':
      edit = edits.removeRowsEdit(table, step.rows)
      break
    case 'addFeature':
      edit = edits.addFeatureEdit(table, `f${table.featureCount}`)
      break
    case 'removeFeature':
      edit = edits.removeFeatureEdit(table, step.column)
      break
    case 'paste':
      if (inRows(step.row) && step.column <= table.featureCount)
        edit = edits.pasteEdit(table, step.row, step.column, step.block).edit
      break
    case 'replace':
      edit = edits.replaceTableEdit(table, stateFromCells(['a', 'b'], 'y', step.cells))
      break
    case 'undo':
      history.undo()
      return
    case 'redo':
      history.redo()
      return
  }
  if (edit) history.push(edit)
}

describe('DataTable', () => {
  it('keeps its problem counts equal to a full validation after any edits, undos and redos', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const table = new DataTable(labState())
        const history = new UndoHistory({ maxSteps: 1000, maxBytes: Infinity })
        for (const step of ops) {
          apply(table, history, step)
          const expected = coreProblems(table)
          const found = table.problems(100).map((issue) => [issue.row ?? -1, issue.column ?? -1])
          if (table.rows > 0) expect(found).toEqual(expected)
          const rowProblems = Array.from(
            { length: table.rows },
            (_, i) =>
              Array.from({ length: table.featureCount + 1 }, (_, j) =>
                table.issueCode(i, j)
              ).filter((code) => code !== null).length
          )
          expect(Array.from(table.state.rowProblems.subarray(0, table.rows))).toEqual(rowProblems)
          expect(table.problemCount).toBe(rowProblems.reduce((a, b) => a + b, 0))
        }
      }),
      { numRuns: 200 }
    )
  })

  it('undoing every step gives back the starting table, and redoing them the newest one', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const table = new DataTable(labState())
        const start = texts(table)
        const history = new UndoHistory({ maxSteps: 1000, maxBytes: Infinity })
        for (const step of ops) apply(table, history, step)
        // The newest state the history can reach (trailing undos in `ops` are redone first).
        while (history.redo());
        const end = { cells: texts(table), names: [...table.state.featureNames] }
        while (history.undo());
        expect(texts(table)).toEqual(start)
        expect(table.state.featureNames).toEqual(['x1', 'x2'])
        while (history.redo());
        expect({ cells: texts(table), names: table.state.featureNames }).toEqual(end)
      }),
      { numRuns: 200 }
    )
  })

  it('builds the row-major data set only when every cell is valid', () => {
    const table = new DataTable(
      stateFromCells(['a', 'b'], 'y', [
        ['1', '2', '0'],
        ['3', '4', '1']
      ])
    )
    expect(Array.from(table.toDataset()!.x)).toEqual([1, 2, 3, 4])
    table.setText(1, 1, 'x')
    expect(table.toDataset()).toBeNull()
  })

  it('finds a problem at the end of 100,000 rows and counts edits without a rescan', () => {
    const cells = Array.from({ length: 100_000 }, (_, i) => [String(i), '1', String(i % 2)])
    const table = new DataTable(stateFromCells(['a', 'b'], 'y', cells))
    expect(table.problemCount).toBe(0)
    table.setText(99_999, 0, 'oops')
    expect(table.problems(100)).toEqual([
      { code: 'notANumber', severity: 'error', row: 99_999, column: 0, value: 'oops' }
    ])
    table.setText(99_999, 0, '5')
    expect(table.problemCount).toBe(0)
  })
})

describe('UndoHistory', () => {
  const counter = (bytes: number) => {
    const state = { value: 0 }
    const edit: Edit = { undo: () => state.value--, redo: () => state.value++, bytes }
    return { state, edit }
  }

  it('forgets the oldest steps beyond its step limit', () => {
    const history = new UndoHistory({ maxSteps: 3, maxBytes: Infinity })
    const { state, edit } = counter(10)
    for (let i = 0; i < 5; i++) {
      state.value++
      history.push(edit)
    }
    let undone = 0
    while (history.undo()) undone++
    expect(undone).toBe(3)
    expect(state.value).toBe(2)
  })

  it('forgets the oldest steps beyond its memory budget but always keeps the newest', () => {
    const history = new UndoHistory({ maxSteps: 100, maxBytes: 1000 })
    history.push(counter(600).edit)
    history.push(counter(600).edit)
    expect(history.size).toEqual({ steps: 1, bytes: 600 })
    history.push(counter(5000).edit)
    expect(history.size).toEqual({ steps: 1, bytes: 5000 })
  })

  it('drops what was undone when a new edit comes', () => {
    const history = new UndoHistory()
    history.push(counter(10).edit)
    history.undo()
    expect(history.canRedo).toBe(true)
    history.push(counter(20).edit)
    expect(history.canRedo).toBe(false)
    expect(history.size).toEqual({ steps: 1, bytes: 20 })
  })
})
