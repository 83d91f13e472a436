// The data limits (shared/limits.ts, as main and the CLI apply them) where the table grows in the
// page: a paste that would take it past them is refused with the count and the limit, the table
// as it was; rows and features added one by one stop at them. Each at the limit and one past it.
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { MAX_CELLS, MAX_COLS } from '@shared/limits'
import { useDatasetStore } from '@renderer/stores/dataset'
import { DataTable, emptyState } from '@renderer/stores/datasetTable'
import { unreadablePreview } from '@renderer/csv/csvPreview'

type Store = ReturnType<typeof useDatasetStore>

/** Replaces the table with `rows` x `features` empty cells (as an import would). */
function load(store: Store, rows: number, features: number): void {
  const names = Array.from({ length: features }, (_, j) => `f${j + 1}`)
  const state = emptyState(names, 'y')
  new DataTable(state).appendRows(rows)
  const preview = {
    ...unreadablePreview('t.csv', []),
    importable: true,
    parsed: true,
    table: state
  }
  expect(store.applyCsvImport(preview)).toBe(true)
}

/** A spreadsheet block of `rows` one-cell lines. */
const block = (rows: number): string => '1\n'.repeat(rows)

const SIDE = MAX_CELLS / MAX_COLS // 4,096 rows of 4,096 features is exactly the cell limit

describe('dataset store: the data limits', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('pastes rows up to the cell limit, and refuses a paste past it, the table unchanged', () => {
    const store = useDatasetStore()
    load(store, 2, MAX_COLS)
    expect(store.pasteBlock(1, 0, block(SIDE - 1))).toBe(true)
    expect(store.rowCount).toBe(SIDE)
    expect(store.cellText(SIDE - 1, 0)).toBe('1')

    const revision = store.revision
    expect(store.pasteBlock(SIDE - 1, 0, block(2))).toBe(false)
    expect(store.rowCount).toBe(SIDE)
    expect(store.revision).toBe(revision)
    expect(store.notice).toMatchObject({
      key: 'data.limit.paste.cells',
      params: { rows: SIDE + 1, features: MAX_COLS, cells: (SIDE + 1) * MAX_COLS, max: MAX_CELLS }
    })
    // Within the rows it has, a paste adds none and is taken.
    expect(store.pasteBlock(SIDE - 2, 0, block(2))).toBe(true)
  })

  it('adds rows up to the cell limit, then says the table is full', () => {
    const store = useDatasetStore()
    load(store, SIDE - 1, MAX_COLS)
    expect(store.addRowLimit).toBeNull()
    expect(store.addRow()).toBe(SIDE - 1)
    expect(store.addRowLimit).toMatchObject({ key: 'data.limit.addRow.cells' })
    const revision = store.revision
    expect(store.addRow()).toBeNull()
    expect(store.rowCount).toBe(SIDE)
    expect(store.revision).toBe(revision)
    expect(store.notice).toMatchObject({
      key: 'data.limit.addRow.cells',
      params: { rows: SIDE + 1, features: MAX_COLS, max: MAX_CELLS }
    })
    // A point added on the plot meets the same limit.
    expect(store.appendRow(new Array<string>(MAX_COLS + 1).fill('1'))).toBeNull()
    expect(store.rowCount).toBe(SIDE)
    store.undo()
    expect(store.addRowLimit).toBeNull()
  })

  it(`adds features up to ${MAX_COLS}, then says how many the table holds`, () => {
    const store = useDatasetStore()
    load(store, 6, MAX_COLS - 1)
    expect(store.addFeatureLimit).toBeNull()
    expect(store.addFeature()).toBe(MAX_COLS - 1)
    expect(store.featureCount).toBe(MAX_COLS)
    expect(store.addFeature()).toBeNull()
    expect(store.featureCount).toBe(MAX_COLS)
    expect(store.notice).toMatchObject({
      key: 'data.limit.addFeature.features',
      params: { features: MAX_COLS + 1, max: MAX_COLS }
    })
  })

  it('adds a feature up to the cell limit, and not past it', () => {
    const store = useDatasetStore()
    // 4,097 rows x 4,095 features is one cell under the limit; a 4,096th feature passes it.
    load(store, SIDE + 1, MAX_COLS - 1)
    expect(store.addFeatureLimit).toMatchObject({ key: 'data.limit.addFeature.cells' })
    expect(store.addFeature()).toBeNull()
    expect(store.notice).toMatchObject({
      key: 'data.limit.addFeature.cells',
      params: { rows: SIDE + 1, features: MAX_COLS, cells: (SIDE + 1) * MAX_COLS }
    })
    store.removeRows([SIDE])
    expect(store.addFeature()).toBe(MAX_COLS - 1)
    expect(store.rowCount * store.featureCount).toBe(MAX_CELLS)
  })

  it('refuses to apply a previewed table past the limits', () => {
    const store = useDatasetStore()
    const state = emptyState(['a'], 'y')
    state.rows = MAX_CELLS + 1 // a table no reader would build
    const preview = {
      ...unreadablePreview('t.csv', []),
      importable: true,
      parsed: true,
      table: state
    }
    expect(store.applyCsvImport(preview)).toBe(false)
    expect(store.rowCount).toBe(6)
  })
})
