import { beforeEach, describe, expect, it } from 'vitest'
import { computed } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useDatasetStore } from '@renderer/stores/dataset'
import { toyX, toyY } from '@core/toy'

function rowsOf(store: ReturnType<typeof useDatasetStore>): string[][] {
  return Array.from({ length: store.rowCount }, (_, i) =>
    Array.from({ length: store.featureCount + 1 }, (_, j) => store.cellText(i, j))
  )
}

describe('dataset store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it("starts on the lab's six students, ready to train, with nothing to undo", () => {
    const store = useDatasetStore()
    expect(store.rowCount).toBe(6)
    expect(store.featureNames).toEqual(['x1', 'x2'])
    expect(store.labelName).toBe('y')
    expect(store.problems).toEqual([])
    expect(store.isTrainable).toBe(true)
    expect(store.canUndo).toBe(false)
    const data = store.dataset
    expect(data).not.toBeNull()
    expect(Array.from(data!.x)).toEqual(toyX.flat())
    expect(Array.from(data!.y)).toEqual(toyY)
  })

  it('marks an invalid cell with its row and column, blocks training, and undo restores it', () => {
    const store = useDatasetStore()
    const before = store.revision
    expect(store.setCell(2, 1, 'abc')).toBe(true)
    expect(store.revision).toBe(before + 1)
    expect(store.problems).toEqual([
      { code: 'notANumber', severity: 'error', row: 2, column: 1, value: 'abc' }
    ])
    expect(store.cellIssue(2, 1)?.code).toBe('notANumber')
    expect(store.dataset).toBeNull()
    expect(store.isTrainable).toBe(false)
    expect(store.undo()).toBe(true)
    expect(store.cellText(2, 1)).toBe('1')
    expect(store.problems).toEqual([])
    expect(store.dataset?.x[2 * 2 + 1]).toBe(1)
    expect(store.canRedo).toBe(true)
    expect(store.redo()).toBe(true)
    expect(store.cellText(2, 1)).toBe('abc')
  })

  it('keeps numbers as typed and trains on their values', () => {
    const store = useDatasetStore()
    store.setCell(0, 0, '1.50')
    store.setCell(1, 0, ' 2e1 ')
    expect(store.cellText(0, 0)).toBe('1.50')
    expect(store.cellText(1, 0)).toBe(' 2e1 ')
    expect(store.dataset?.x[0]).toBe(1.5)
    expect(store.dataset?.x[2]).toBe(20)
  })

  it('tells empty, non-finite and bad-label cells apart', () => {
    const store = useDatasetStore()
    store.setCell(0, 0, '')
    store.setCell(1, 1, 'inf')
    store.setCell(2, 2, '2')
    expect(store.problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ['notANumber', 0, 0, ''],
      ['nonFinite', 1, 1, 'inf'],
      ['badLabel', 2, 2, '2']
    ])
    expect(store.problemCount).toBe(3)
  })

  it('toggles labels and warns when every label is the same', () => {
    const store = useDatasetStore()
    store.toggleLabel(0)
    expect(store.dataset?.y[0]).toBe(1)
    for (const row of [1, 2]) store.setLabel(row, 1)
    expect(store.warnings).toEqual([{ code: 'singleClass', severity: 'warning', value: '1' }])
    expect(store.isTrainable).toBe(true)
    store.undo()
    expect(store.warnings).toEqual([])
  })

  it('adds an empty row that must be filled, and undo removes it', () => {
    const store = useDatasetStore()
    expect(store.addRow()).toBe(6)
    expect(store.rowCount).toBe(7)
    expect(store.problems.map((p) => [p.row, p.column])).toEqual([
      [6, 0],
      [6, 1]
    ])
    expect(store.cellText(6, 2)).toBe('0')
    store.undo()
    expect(store.rowCount).toBe(6)
    expect(store.problems).toEqual([])
  })

  it('adds a filled row as one step (a point added on the plot); undo and redo it whole', () => {
    const store = useDatasetStore()
    expect(store.appendRow(['6.5', '1', '1'])).toBe(6)
    expect(rowsOf(store)[6]).toEqual(['6.5', '1', '1'])
    expect(store.isTrainable).toBe(true)
    expect(store.dataset?.rows).toBe(7)
    store.undo()
    expect(store.rowCount).toBe(6)
    store.redo()
    expect(rowsOf(store)[6]).toEqual(['6.5', '1', '1'])
    // A row of the wrong width is refused, the table unchanged.
    expect(store.appendRow(['1', '1'])).toBeNull()
    expect(store.rowCount).toBe(7)
  })

  it('sets several cells of one row as one step (a point dragged on the plot)', () => {
    const store = useDatasetStore()
    const before = rowsOf(store)[0]
    expect(
      store.setRowCells(0, [
        { column: 0, text: '1.5' },
        { column: 1, text: '2.5' }
      ])
    ).toBe(true)
    expect(rowsOf(store)[0]).toEqual(['1.5', '2.5', before[2]])
    store.undo()
    expect(rowsOf(store)[0]).toEqual(before)
    expect(store.canUndo).toBe(false)
    // Nothing that changes nothing, or anything outside the table, is recorded.
    expect(store.setRowCells(0, [{ column: 0, text: before[0] }])).toBe(false)
    expect(store.setRowCells(9, [{ column: 0, text: '1' }])).toBe(false)
    expect(store.canUndo).toBe(false)
  })

  it('removes rows and puts them back exactly, typed text and invalid cells included', () => {
    const store = useDatasetStore()
    store.setCell(1, 0, '2.0')
    store.setCell(3, 1, 'oops')
    const before = rowsOf(store)
    expect(store.removeRows([3, 1, 3])).toBe(true)
    expect(store.rowCount).toBe(4)
    expect(rowsOf(store)).toEqual([before[0], before[2], before[4], before[5]])
    expect(store.problems).toEqual([])
    store.undo()
    expect(rowsOf(store)).toEqual(before)
    expect(store.problems.map((p) => [p.row, p.column])).toEqual([[3, 1]])
    store.redo()
    expect(store.rowCount).toBe(4)
  })

  it('adds, renames and removes features; the last feature cannot be removed', () => {
    const store = useDatasetStore()
    expect(store.addFeature()).toBe(2)
    expect(store.featureNames).toEqual(['x1', 'x2', 'x3'])
    expect(store.cellText(0, 3)).toBe('0')
    expect(store.problemCount).toBe(6)
    expect(store.renameFeature(2, '  attendance ')).toBe(true)
    expect(store.featureNames[2]).toBe('attendance')
    expect(store.renameFeature(2, '   ')).toBe(false)
    expect(store.notice?.key).toBe('data.notice.emptyName')
    expect(store.removeFeature(0)).toBe(true)
    expect(store.removeFeature(0)).toBe(true)
    expect(store.featureNames).toEqual(['attendance'])
    expect(store.removeFeature(0)).toBe(false)
    expect(store.notice?.key).toBe('data.notice.lastFeature')
    store.undo()
    store.undo()
    expect(store.featureNames).toEqual(['x1', 'x2', 'attendance'])
    expect(rowsOf(store)[3]).toEqual(['4', '3', '', '1'])
  })

  it('pastes a spreadsheet block as one undoable step, adding rows as needed', () => {
    const store = useDatasetStore()
    const revision = store.revision
    expect(store.pasteBlock(4, 0, '7\t8\t1\n9\t10\t0\n11\t12\t1\r\n')).toBe(true)
    expect(store.revision).toBe(revision + 1)
    expect(store.rowCount).toBe(7)
    expect(rowsOf(store).slice(4)).toEqual([
      ['7', '8', '1'],
      ['9', '10', '0'],
      ['11', '12', '1']
    ])
    expect(store.notice).toMatchObject({ key: 'data.notice.pasted', params: { cells: 9 } })
    store.undo()
    expect(store.rowCount).toBe(6)
    expect(rowsOf(store)).toEqual(toyX.map((x, i) => [...x, toyY[i]].map(String)))
  })

  it('pastes comma and semicolon blocks and leaves out cells right of the label', () => {
    const store = useDatasetStore()
    store.pasteBlock(0, 1, '5;1;9')
    expect(rowsOf(store)[0]).toEqual(['1', '5', '1'])
    expect(store.notice).toMatchObject({ key: 'data.notice.pastedDropped', params: { dropped: 1 } })
    store.pasteBlock(1, 0, '3,4\n')
    expect(rowsOf(store)[1]).toEqual(['3', '4', '0'])
  })

  it('imports a previewed CSV as one undoable step; a preview alone changes nothing', () => {
    const store = useDatasetStore()
    const csv = '\ufeff# 실습 데이터\r\n공부시간;실습시간;합격\r\n1;2;0\r\n3,5;1;1\r\n'
    const revision = store.revision
    const preview = store.previewCsv(csv, 'grades.csv')
    expect(store.revision).toBe(revision)
    expect(preview).toMatchObject({
      importable: true,
      hasHeader: true,
      delimiter: ';',
      rowCount: 2,
      featureNames: ['공부시간', '실습시간'],
      labelName: '합격'
    })
    expect(preview.problems).toEqual([
      { code: 'notANumber', severity: 'error', row: 1, column: 0, value: '3,5', line: 4 }
    ])
    expect(store.applyCsvImport(preview)).toBe(true)
    expect(store.featureNames).toEqual(['공부시간', '실습시간'])
    expect(rowsOf(store)).toEqual([
      ['1', '2', '0'],
      ['3,5', '1', '1']
    ])
    expect(store.problems[0]).toMatchObject({ row: 1, column: 0, code: 'notANumber' })
    store.undo()
    expect(store.rowCount).toBe(6)
    expect(store.featureNames).toEqual(['x1', 'x2'])
  })

  it('refuses to import a file whose rows have different widths', () => {
    const store = useDatasetStore()
    const preview = store.previewCsv('a,b,y\n1,2,0\n1,0\n', 'ragged.csv')
    expect(preview.importable).toBe(false)
    expect(preview.problems).toEqual([
      { code: 'ragged', severity: 'error', row: 1, column: 2, value: '1', expected: 2, line: 3 }
    ])
    expect(store.applyCsvImport(preview)).toBe(false)
    expect(store.rowCount).toBe(6)
    expect(store.canUndo).toBe(false)
  })

  it('exports the cells as typed, which import back to the same table', () => {
    const store = useDatasetStore()
    store.renameFeature(0, 'hours, lecture')
    store.setCell(0, 1, '2.50')
    store.setCell(5, 0, 'n/a')
    const text = store.exportCsvText()
    expect(text.split('\n').slice(0, 2)).toEqual(['"hours, lecture",x2,y', '1,2.50,0'])
    const before = rowsOf(store)
    store.applyCsvImport(store.previewCsv(text, 'again.csv'))
    expect(rowsOf(store)).toEqual(before)
    expect(store.featureNames).toEqual(['hours, lecture', 'x2'])
  })

  it('loads the lab data again as an undoable step once the user has changed something', () => {
    const store = useDatasetStore()
    store.loadLabData()
    expect(store.canUndo).toBe(false)
    store.setCell(0, 0, '9')
    store.loadLabData()
    expect(store.cellText(0, 0)).toBe('1')
    store.undo()
    expect(store.cellText(0, 0)).toBe('9')
  })

  it('asks the panel to open its file chooser for the menu', () => {
    const store = useDatasetStore()
    store.openImportDialog()
    store.openImportDialog()
    expect(store.importRequests).toBe(2)
  })

  it('tells readers of a row about edits to that row only, and everyone about the rest', () => {
    const store = useDatasetStore()
    let evaluations = 0
    const firstRow = computed(() => {
      evaluations++
      return store.cellText(0, 0) + store.featureNames.join()
    })
    expect(firstRow.value).toBe('1x1,x2')
    store.setCell(3, 1, '9')
    store.undo()
    store.toggleLabel(5)
    expect(firstRow.value).toBe('1x1,x2')
    expect(evaluations).toBe(1)
    store.setCell(0, 0, '8')
    expect(firstRow.value).toBe('8x1,x2')
    store.addRow()
    expect(firstRow.value).toBe('8x1,x2')
    expect(evaluations).toBe(3)
    store.renameFeature(1, 'lab')
    expect(firstRow.value).toBe('8x1,lab')
  })

  it('ignores edits outside the table', () => {
    const store = useDatasetStore()
    expect(store.setCell(6, 0, '1')).toBe(false)
    expect(store.setCell(0, 3, '1')).toBe(false)
    expect(store.pasteBlock(-1, 0, '1\t2')).toBe(false)
    expect(store.canUndo).toBe(false)
  })
})
