import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import DataPanel from '@renderer/components/data/DataPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'
import { giveGridHeight } from './support'

beforeAll(() => giveGridHeight())
cleanUpAfterEach()

async function mountPanel(): Promise<VueWrapper> {
  const { wrapper } = mountLab(DataPanel)
  await flushPromises()
  return wrapper
}

function csvFile(text: string | Uint8Array<ArrayBuffer>, name = 'grades.csv'): File {
  return new File([text], name, { type: 'text/csv' })
}

/** Reading the file (in the in-process worker), until the dialog leaves its progress bar. */
async function settle(): Promise<void> {
  await flushPromises()
  await vi.waitFor(() => {
    const shown = document.querySelector('dialog')
    expect(shown?.open).toBe(true)
    expect(shown?.querySelector('progress')).toBeNull()
  })
  await flushPromises()
}

/** As if the user picked the file in the system's file chooser. */
async function chooseFile(panel: VueWrapper, file: File): Promise<void> {
  const input = panel.get<HTMLInputElement>('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await settle()
}

function dialog(panel: VueWrapper) {
  return panel.get<HTMLDialogElement>('dialog')
}

function buttonIn(panel: VueWrapper, name: string) {
  const found = panel.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

const BROKEN = 'hours,lab,passed\n1,2,0\n2,abc,0\n# a comment\n3,1,2\n'

describe('CSV import', () => {
  it('previews a file with its problems by line, row and column; Cancel changes nothing', async () => {
    const panel = await mountPanel()
    const store = useDatasetStore()
    const revision = store.revision
    await chooseFile(panel, csvFile(BROKEN, 'broken.csv'))
    expect(dialog(panel).element.open).toBe(true)
    const text = dialog(panel).text()
    expect(text).toContain('File: broken.csv')
    expect(text).toContain('3 rows, 2 features, label “passed”')
    expect(text).toContain('Header row: yes')
    expect(text).toContain('Line 3 (row 2), column 2 (lab): “abc” is not a number')
    expect(text).toContain('Line 5 (row 3), column 3 (passed): the label must be 0 or 1, not “2”')
    expect(text).toContain('Cells with problems are imported and marked in the table')
    const sampleLines = dialog(panel)
      .findAll('table tbody th')
      .map((th) => th.text())
    expect(sampleLines).toEqual(['2', '3', '5'])
    await buttonIn(panel, 'Cancel').trigger('click')
    await flushPromises()
    expect(dialog(panel).element.open).toBe(false)
    expect(store.revision).toBe(revision)
    expect(store.canUndo).toBe(false)
    expect(store.featureNames).toEqual(['x1', 'x2'])
    expect(panel.get('[role="status"]').text()).toBe('Import cancelled; the data is unchanged.')
  })

  it('imports on confirmation, marks the bad cells, and one Undo brings the old table back', async () => {
    const panel = await mountPanel()
    const store = useDatasetStore()
    await chooseFile(panel, csvFile(BROKEN, 'broken.csv'))
    await buttonIn(panel, 'Import').trigger('click')
    await flushPromises()
    expect(dialog(panel).element.open).toBe(false)
    expect(store.rowCount).toBe(3)
    expect(panel.get('input[aria-label="Row 2, lab"]').attributes('aria-invalid')).toBe('true')
    expect(panel.get('input[aria-label="Row 3 label: 2"]').attributes('aria-invalid')).toBe('true')
    expect(panel.get('[role="status"]').text()).toBe(
      'Imported 3 rows and 2 features from broken.csv.'
    )
    store.undo()
    expect(store.rowCount).toBe(6)
    expect(store.featureNames).toEqual(['x1', 'x2'])
  })

  it('reads Korean headers, a BOM, CRLF and semicolons, and EUC-KR files', async () => {
    const panel = await mountPanel()
    const store = useDatasetStore()
    await chooseFile(panel, csvFile('\ufeff공부시간;실습시간;합격\r\n1;2;0\r\n5;3;1\r\n'))
    expect(dialog(panel).text()).toContain('Separator: semicolon')
    await buttonIn(panel, 'Import').trigger('click')
    expect(store.featureNames).toEqual(['공부시간', '실습시간'])
    // "시간,y\n1,0\n" in EUC-KR, as spreadsheet programs on Korean systems save it.
    const eucKr = new Uint8Array([0xbd, 0xc3, 0xb0, 0xa3, 0x2c, 0x79, 0x0a, 0x31, 0x2c, 0x30, 0x0a])
    await chooseFile(panel, csvFile(eucKr, 'euc-kr.csv'))
    await buttonIn(panel, 'Import').trigger('click')
    expect(store.featureNames).toEqual(['시간'])
    expect(store.isTrainable).toBe(true)
  })

  it('cannot import a file whose rows have different widths, and says where', async () => {
    const panel = await mountPanel()
    await chooseFile(panel, csvFile('a,b,y\n1,2,0\n3,1\n'))
    const importButton = buttonIn(panel, 'Import')
    expect(importButton.attributes('disabled')).toBeDefined()
    expect(dialog(panel).text()).toContain('This file cannot be imported')
    expect(dialog(panel).text()).toContain(
      'Line 3 (row 2), column 3 (y): number of values before the label: 1, expected 2'
    )
  })

  it('opens the preview for a file dropped on the panel', async () => {
    const panel = await mountPanel()
    const file = csvFile('x,y\n1,0\n2,1\n', 'dropped.csv')
    const section = panel.get('section').element
    // happy-dom has no DragEvent; this is the shape Chromium gives a drag carrying a file.
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true })
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } })
      return event
    }
    section.dispatchEvent(drag('dragover'))
    await flushPromises()
    expect(panel.text()).toContain('Drop the CSV file to preview it')
    const drop = drag('drop')
    section.dispatchEvent(drop)
    await settle()
    expect(drop.defaultPrevented).toBe(true)
    expect(panel.text()).not.toContain('Drop the CSV file to preview it')
    expect(dialog(panel).text()).toContain('File: dropped.csv')
  })

  it('opens the file chooser when the menu asks', async () => {
    const panel = await mountPanel()
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
    useDatasetStore().openImportDialog()
    await flushPromises()
    expect(click).toHaveBeenCalledTimes(1)
    expect(click.mock.contexts[0]).toBe(panel.get('input[type="file"]').element)
  })

  it('asks for a click when the chooser cannot open without one', async () => {
    const panel = await mountPanel()
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
    const activation = { isActive: false }
    Object.defineProperty(navigator, 'userActivation', { value: activation, configurable: true })
    try {
      useDatasetStore().openImportDialog()
      await flushPromises()
      expect(click).not.toHaveBeenCalled()
      expect(dialog(panel).element.open).toBe(true)
      activation.isActive = true
      await buttonIn(panel, 'Choose a CSV file…').trigger('click')
      await flushPromises()
      expect(click).toHaveBeenCalledTimes(1)
      expect(dialog(panel).element.open).toBe(false)
    } finally {
      Reflect.deleteProperty(navigator, 'userActivation')
    }
  })
})

describe('CSV export', () => {
  it('downloads the table as logit-lab-data.csv', async () => {
    const panel = await mountPanel()
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const downloads: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      downloads.push(this.download)
    })
    useDatasetStore().setCell(0, 0, '1.50')
    await buttonIn(panel, 'Export CSV').trigger('click')
    expect(downloads).toEqual(['logit-lab-data.csv'])
    const text = new TextDecoder().decode(await blobs[0].arrayBuffer())
    expect(text.startsWith('x1,x2,y\n1.50,2,0\n2,3,0\n')).toBe(true)
    expect(panel.get('[role="status"]').text()).toBe('Saved 6 rows as logit-lab-data.csv.')
  })
})
