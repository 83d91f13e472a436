import { beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import DataPanel from '@renderer/components/data/DataPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'
import { giveGridHeight } from './support'

function mountPanel(locale: 'en' | 'ko' = 'en'): VueWrapper {
  return mountLab(DataPanel, { locale }).wrapper
}

function cell(panel: VueWrapper, name: string) {
  return panel.get<HTMLInputElement>(`input[aria-label="${name}"]`)
}

function button(panel: VueWrapper, name: string) {
  const found = panel
    .findAll('button')
    .find((b) => (b.attributes('aria-label') ?? b.text()) === name)
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

function rowsText(panel: VueWrapper): string[][] {
  return panel
    .findAll('tbody tr.data-row')
    .map((row) =>
      row
        .findAll('input')
        .map((input) =>
          (input.element as HTMLInputElement).type === 'checkbox'
            ? String(Number((input.element as HTMLInputElement).checked))
            : (input.element as HTMLInputElement).value
        )
    )
}

const LAB_ROWS = [
  ['1', '2', '0'],
  ['2', '3', '0'],
  ['3', '1', '0'],
  ['4', '3', '1'],
  ['5', '3', '1'],
  ['6', '2', '1']
]

beforeAll(() => giveGridHeight())
cleanUpAfterEach()

describe('DataPanel: editing', () => {
  it('marks an invalid value, explains it, and Undo restores the cell', async () => {
    const panel = mountPanel()
    await flushPromises()
    const input = cell(panel, 'Row 3, x1')
    await input.trigger('focusin')
    await input.setValue('abc')
    await input.trigger('focusout')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('title')).toBe('Row 3, x1: “abc” is not a number')
    expect(panel.text()).toContain('Problems: 1')
    expect(panel.text()).toContain('Row 3, x1: “abc” is not a number')
    await button(panel, 'Undo').trigger('click')
    expect(input.element.value).toBe('3')
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(panel.text()).not.toContain('Problems:')
    await button(panel, 'Redo').trigger('click')
    expect(input.element.value).toBe('abc')
  })

  it('marks a cell while it is typed, before it is committed', async () => {
    const panel = mountPanel()
    await flushPromises()
    const input = cell(panel, 'Row 1, x2')
    await input.setValue('2x')
    expect(input.element.closest('td')?.classList.contains('invalid')).toBe(true)
    expect(useDatasetStore().cellText(0, 1)).toBe('2')
  })

  it('commits on Enter and moves down; arrows move; Ctrl+Z takes back the typed text', async () => {
    const panel = mountPanel()
    await flushPromises()
    const first = cell(panel, 'Row 1, x1')
    first.element.focus()
    await first.setValue('7')
    await first.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(useDatasetStore().cellText(0, 0)).toBe('7')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 2, x1')
    await cell(panel, 'Row 2, x1').trigger('keydown', { key: 'ArrowRight' })
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 2, x2')
    await cell(panel, 'Row 2, x2').trigger('keydown', { key: 'ArrowRight' })
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 2 label: 0')
    await cell(panel, 'Row 2 label: 0').trigger('keydown', { key: 'ArrowUp' })
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 1 label: 0')
    await cell(panel, 'Row 1 label: 0').trigger('keydown', { key: 'z', ctrlKey: true })
    expect(first.element.value).toBe('1')
    await cell(panel, 'Row 1 label: 0').trigger('keydown', { key: 'y', ctrlKey: true })
    expect(first.element.value).toBe('7')
  })

  it('keeps one Tab stop in the grid, on the active cell', async () => {
    const panel = mountPanel()
    await flushPromises()
    const tabbable = () =>
      panel.findAll('tbody input').filter((input) => input.attributes('tabindex') === '0')
    expect(tabbable().map((input) => input.attributes('aria-label'))).toEqual(['Row 1, x1'])
    await cell(panel, 'Row 1, x1').trigger('keydown', { key: 'Tab' })
    await flushPromises()
    expect(tabbable().map((input) => input.attributes('aria-label'))).toEqual(['Row 1, x2'])
  })

  it('Escape puts back the text being typed', async () => {
    const panel = mountPanel()
    await flushPromises()
    const input = cell(panel, 'Row 4, x2')
    await input.setValue('99')
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.element.value).toBe('3')
    expect(useDatasetStore().canUndo).toBe(false)
  })

  it('pastes a spreadsheet block at the focused cell as one undoable step', async () => {
    const panel = mountPanel()
    await flushPromises()
    const data = new DataTransfer()
    data.setData('text/plain', '7\t8\t1\n9\t10\t0\n11\t12\t1\n')
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true
    })
    cell(panel, 'Row 5, x1').element.dispatchEvent(event)
    await flushPromises()
    expect(event.defaultPrevented).toBe(true)
    expect(panel.text()).toContain('Rows: 7')
    expect(rowsText(panel).slice(4)).toEqual([
      ['7', '8', '1'],
      ['9', '10', '0'],
      ['11', '12', '1']
    ])
    expect(panel.get('[role="status"]').text()).toBe('Pasted 9 cells into 3 rows.')
    await button(panel, 'Undo').trigger('click')
    await flushPromises()
    expect(rowsText(panel)).toEqual(LAB_ROWS)
  })

  it('leaves a single pasted value to the text box', async () => {
    const panel = mountPanel()
    await flushPromises()
    const data = new DataTransfer()
    data.setData('text/plain', '42')
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true
    })
    cell(panel, 'Row 1, x1').element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    expect(useDatasetStore().canUndo).toBe(false)
  })

  it('pastes a single value onto a label switch', async () => {
    const panel = mountPanel()
    await flushPromises()
    const data = new DataTransfer()
    data.setData('text/plain', '1\n')
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true
    })
    cell(panel, 'Row 2 label: 0').element.dispatchEvent(event)
    await flushPromises()
    expect(event.defaultPrevented).toBe(true)
    expect(panel.find('input[aria-label="Row 2 label: 1"]').exists()).toBe(true)
  })

  it('toggles a label with its switch, named by row and value', async () => {
    const panel = mountPanel()
    await flushPromises()
    const toggle = cell(panel, 'Row 1 label: 0')
    expect(toggle.attributes('role')).toBe('switch')
    await toggle.setValue(true)
    expect(useDatasetStore().dataset?.y[0]).toBe(1)
    expect(toggle.attributes('aria-label')).toBe('Row 1 label: 1')
  })
})

describe('DataPanel: rows and features', () => {
  it('adds a row, focuses it, and removes the row of the active cell', async () => {
    const panel = mountPanel()
    await flushPromises()
    await button(panel, 'Add row').trigger('click')
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 7, x1')
    expect(cell(panel, 'Row 7, x1').attributes('aria-invalid')).toBe('true')
    expect(panel.text()).toContain('Row 7, x1: the cell is empty')
    await button(panel, 'Remove row 7').trigger('click')
    await flushPromises()
    expect(panel.find('input[aria-label="Row 7, x1"]').exists()).toBe(false)
    expect(rowsText(panel)).toEqual(LAB_ROWS)
  })

  it('adds, renames and removes features, and refuses to remove the last one', async () => {
    const panel = mountPanel()
    await flushPromises()
    await button(panel, 'Add feature').trigger('click')
    await flushPromises()
    const name = panel.get<HTMLInputElement>('input[aria-label="Name of feature 3"]')
    expect(document.activeElement).toBe(name.element)
    expect(cell(panel, 'Row 1, x3').element.value).toBe('')
    await name.setValue('attendance')
    await name.trigger('change')
    expect(panel.find('input[aria-label="Row 1, attendance"]').exists()).toBe(true)
    await button(panel, 'Remove feature attendance').trigger('click')
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Name of feature 2')
    await button(panel, 'Remove feature x1').trigger('click')
    expect(rowsText(panel)[0]).toEqual(['2', '0'])
    await button(panel, 'Remove feature x2').trigger('click')
    expect(useDatasetStore().featureNames).toEqual(['x2'])
    expect(panel.get('[role="status"]').text()).toBe(
      'The last feature cannot be removed: the model needs at least one.'
    )
  })

  it('puts the old name back when a feature is given an empty one', async () => {
    const panel = mountPanel()
    await flushPromises()
    const name = panel.get<HTMLInputElement>('input[aria-label="Name of feature 1"]')
    await name.setValue('   ')
    await name.trigger('change')
    expect(name.element.value).toBe('x1')
    expect(panel.get('[role="status"]').text()).toContain('A column needs a name')
  })
})

describe('DataPanel: language', () => {
  it('speaks Korean with the same numbers', async () => {
    const panel = mountPanel('ko')
    await flushPromises()
    expect(panel.get('h2').text()).toBe('데이터')
    expect(panel.text()).toContain('행: 6 · 특성: 2')
    expect(cell(panel, '3행, x1').element.value).toBe('3')
    expect(panel.find('input[aria-label="1행 레이블: 0"]').exists()).toBe(true)
  })
})
