// 100,000 rows: only the visible ones exist in the page, the row count is still announced, and
// scrolling shows the rows further down (virtualised with @tanstack/vue-virtual).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import PredictionTable from '@renderer/components/predictions/PredictionTable.vue'
import {
  ROW_HEIGHT,
  clippedFeatures,
  featureChars,
  tableColumns
} from '@renderer/components/predictions/tableLayout'
import { toyDataset } from '@core/toy'
import { createAppI18n } from '@renderer/i18n'
import type { Dataset } from '@core/dataset'

let wrapper: VueWrapper | null = null

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.restoreAllMocks()
})

function bigDataset(rows: number): Dataset {
  return {
    rows,
    cols: 2,
    x: Float64Array.from({ length: rows * 2 }, (_, k) => k),
    y: Float64Array.from({ length: rows }, (_, i) => i % 2),
    featureNames: ['a', 'b']
  }
}

describe('prediction table with 100,000 rows', () => {
  it('renders only a window of rows and follows the scroll position', async () => {
    // happy-dom lays nothing out: give the table a 300-pixel viewport, as a window would.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300)
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600)
    const rows = 100_000
    const dataset = bigDataset(rows)
    const probabilities = Float64Array.from({ length: rows }, (_, i) => (i % 10) / 10)
    wrapper = mount(PredictionTable, {
      props: {
        dataset,
        probabilities,
        revision: 0,
        threshold: 0.5,
        order: null,
        sort: { column: 'row', direction: 'ascending' }
      },
      global: { plugins: [createAppI18n('en')] },
      attachTo: document.body
    })
    await wrapper.vm.$nextTick()
    const table = wrapper.get('[role="table"]')
    expect(table.attributes('aria-rowcount')).toBe(String(rows + 1))
    let shown = wrapper.findAll('.pt-body [role="row"]')
    expect(shown.length).toBeGreaterThan(5)
    expect(shown.length).toBeLessThan(60)
    expect(shown[0].attributes('aria-rowindex')).toBe('2')
    // The padding stands for the rows not rendered, so the scrollbar spans all 100,000.
    const body = wrapper.get('.pt-body').element as HTMLElement
    const rendered = shown.length * ROW_HEIGHT
    expect(parseFloat(body.style.paddingBottom) + rendered).toBeGreaterThanOrEqual(
      rows * ROW_HEIGHT - ROW_HEIGHT
    )

    const scroller = table.element as HTMLElement
    scroller.scrollTop = 50_000 * ROW_HEIGHT
    scroller.dispatchEvent(new Event('scroll'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await wrapper.vm.$nextTick()
    shown = wrapper.findAll('.pt-body [role="row"]')
    const firstShown = Number(shown[0].attributes('aria-rowindex')) - 2
    expect(firstShown).toBeGreaterThan(49_900)
    expect(firstShown).toBeLessThan(50_001)
    expect(shown.length).toBeLessThan(60)
    // Row 50,001 (index 50,000): H = 0.0, y = 0, so predicted 0 and right.
    const row = shown.find((r) => r.attributes('aria-rowindex') === String(50_000 + 2))
    expect(row?.findAll('[role="cell"]').map((cell) => cell.text())).toEqual([
      '50001',
      '100000',
      '100001',
      '0',
      '0.0000',
      '0',
      '✓ Correct'
    ])
  })
})

describe('prediction table columns', () => {
  it('gives every column a fixed width, so the rows line up whatever their values', () => {
    const columns = tableColumns(toyDataset())
    expect(columns).not.toMatch(/fr\b|auto|content/)
    // The row number and the two features are sized from their text, then y, H, prediction, correct.
    expect(columns.match(/calc\(/g)).toHaveLength(3)
    expect(columns.endsWith('2rem 4.25rem 5.75rem 5.25rem')).toBe(true)
  })

  it('sizes a feature column for its name or its longest value, within bounds', () => {
    const data: Dataset = {
      rows: 3,
      cols: 3,
      x: Float64Array.from([1, -0.0588235, 2, 3, 0.5, 1234567.891234, 4, 0.25, 7]),
      y: Float64Array.from([0, 1, 0]),
      featureNames: ['hours of lecture', 'x2', 'c']
    }
    expect(featureChars(data)).toEqual([14, 10, 14])
    expect(featureChars(toyDataset())).toEqual([3, 3])
    // Only the columns cut to the bound clip their cells (with an ellipsis).
    expect(clippedFeatures(data)).toEqual([true, false, false])
    expect(clippedFeatures(toyDataset())).toEqual([false, false])
  })
})
