// A wide table in the grid: only the columns in view (and a few more) are in the page, each cell
// says where it sits in the whole table, and the keyboard still reaches every cell. At the data
// limits the Add row and Add feature buttons say why they do nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import DataPanel from '@renderer/components/data/DataPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { DataTable, emptyState } from '@renderer/stores/datasetTable'
import { unreadablePreview } from '@renderer/csv/csvPreview'
import { ALL_COLUMNS_UP_TO } from '@renderer/composables/useDataGridWindow'
import { MAX_CELLS, MAX_COLS } from '@shared/limits'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'
import { giveGridHeight } from './support'

beforeAll(() => giveGridHeight())
cleanUpAfterEach()

/** The panel with a table of `rows` rows of `features` features, every feature cell 1. */
async function panelWith(rows: number, features: number): Promise<VueWrapper> {
  const panel = mountLab(DataPanel).wrapper
  const state = emptyState(
    Array.from({ length: features }, (_, j) => `f${j + 1}`),
    'y'
  )
  const table = new DataTable(state)
  table.appendRows(rows)
  for (let j = 0; j < features; j++) state.columns[j].fill(1, 0, rows)
  table.recountRows()
  const preview = {
    ...unreadablePreview('t.csv', []),
    importable: true,
    parsed: true,
    table: state
  }
  expect(useDatasetStore().applyCsvImport(preview)).toBe(true)
  await flushPromises()
  return panel
}

const focused = (): string | null | undefined => document.activeElement?.getAttribute('aria-label')

async function press(panel: VueWrapper, key: string, options: object = {}): Promise<void> {
  const target = document.activeElement as HTMLElement
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options })
  )
  await flushPromises()
  // The grid scrolls, the virtualiser renders the column, then the cell takes the focus.
  await new Promise((resolve) => requestAnimationFrame(resolve))
  await flushPromises()
  void panel
}

describe('the data grid, wide', () => {
  it('renders the columns in view, each cell with its place in the whole table', async () => {
    const panel = await panelWith(3, 100)
    const table = panel.get('table.grid')
    expect(table.attributes('aria-colcount')).toBe('102')
    const header = panel.findAll('thead th')
    expect(header.length).toBeGreaterThan(3)
    expect(header.length).toBeLessThan(20)
    expect(header[0].attributes('aria-colindex')).toBe('1')
    expect(header[1].attributes('aria-colindex')).toBe('2')
    const firstRow = panel.get('tbody tr.data-row')
    expect(firstRow.findAll('td:not(.pad)').length).toBe(header.length - 1)
    expect(
      panel
        .get('input[aria-label="Row 1, f1"]')
        .element.closest('td')
        ?.getAttribute('aria-colindex')
    ).toBe('2')
    expect(panel.find('input[aria-label="Row 1, f100"]').exists()).toBe(false)
    // What is left out is stood for by one padding cell after the shown columns.
    expect(firstRow.findAll('td.pad')).toHaveLength(1)
  })

  it('has every column of a narrow table in the page', async () => {
    const panel = await panelWith(2, ALL_COLUMNS_UP_TO - 1)
    expect(panel.findAll('thead th')).toHaveLength(ALL_COLUMNS_UP_TO + 1)
    expect(panel.findAll('td.pad')).toHaveLength(0)
  })

  it('moves across columns from the keyboard, bringing each into the page', async () => {
    const panel = await panelWith(3, 100)
    ;(panel.get('input[aria-label="Row 1, f1"]').element as HTMLElement).focus()
    for (let k = 0; k < 20; k++) await press(panel, 'ArrowRight')
    expect(focused()).toBe('Row 1, f21')
    const cell = document.activeElement as HTMLElement
    expect(cell.closest('td')?.getAttribute('aria-colindex')).toBe('22')
    expect(panel.find('input[aria-label="Row 1, f1"]').exists()).toBe(false)
    await press(panel, 'End', { ctrlKey: true })
    expect(focused()).toBe('Row 3 label: 0')
    expect(document.activeElement?.closest('td')?.getAttribute('aria-colindex')).toBe('102')
    await press(panel, 'Home', { ctrlKey: true })
    expect(focused()).toBe('Row 1, f1')
  })

  it('brings a new feature into view and focuses its name', async () => {
    const panel = await panelWith(2, 100)
    const add = panel.findAll('button').find((b) => b.text() === 'Add feature')
    await add?.trigger('click')
    await flushPromises()
    await new Promise((resolve) => requestAnimationFrame(resolve))
    await flushPromises()
    expect(focused()).toBe('Name of feature 101')
  })
})

describe('the toolbar at the data limits', () => {
  it('says why Add row and Add feature do nothing, and does nothing', async () => {
    const panel = await panelWith(MAX_CELLS / MAX_COLS, MAX_COLS)
    const store = useDatasetStore()
    const addRow = panel.findAll('button').find((b) => b.text() === 'Add row')!
    const addFeature = panel.findAll('button').find((b) => b.text() === 'Add feature')!
    const full =
      'No row added: the table would have 4,097 rows of 4,096 features, 16,781,312 feature cells; it holds at most 16,777,216.'
    expect(addRow.attributes('aria-disabled')).toBe('true')
    expect(addRow.attributes('title')).toBe(full)
    expect(addFeature.attributes('aria-disabled')).toBe('true')
    expect(addFeature.attributes('title')).toBe(
      'No feature added: the table would have 4,097 features; it holds at most 4,096.'
    )
    await addRow.trigger('click')
    await flushPromises()
    expect(store.rowCount).toBe(MAX_CELLS / MAX_COLS)
    expect(panel.get('.data-status [role="status"]').text()).toBe(full)
    store.removeRows([0])
    await flushPromises()
    expect(addRow.attributes('aria-disabled')).toBeUndefined()
  })
})
