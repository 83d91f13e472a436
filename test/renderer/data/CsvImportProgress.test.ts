// The import dialog while a file is read in the worker: its progress bar, Cancel (the worker ends
// at once, the dialog says so, the table stays), files past the app's limits refused with the
// count and the limit in English and Korean, and files past the byte cap never read at all.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import DataPanel from '@renderer/components/data/DataPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { MAX_CSV_BYTES } from '@shared/limits'
import { PREVIEW_COLUMNS } from '@renderer/csv/csvPreview'
import { MAX_COLS } from '@shared/limits'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'
import { HeldCsvWorker } from '../support/csvWorkers'
import { giveGridHeight } from './support'

beforeAll(() => giveGridHeight())
cleanUpAfterEach()

async function chooseFile(panel: VueWrapper, file: File): Promise<void> {
  const input = panel.get<HTMLInputElement>('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

function dialog(panel: VueWrapper) {
  return panel.get<HTMLDialogElement>('dialog')
}

function buttonIn(panel: VueWrapper, name: string) {
  const found = dialog(panel)
    .findAll('button')
    .find((b) => b.text() === name)
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

/** Until the in-process worker has answered and the dialog shows what it found. */
async function untilRead(panel: VueWrapper): Promise<void> {
  await vi.waitFor(() => expect(dialog(panel).find('progress').exists()).toBe(false))
  await flushPromises()
}

const row = (cells: number): string => new Array(cells).fill('0').join(',') + '\n'

describe('reading a CSV file in the worker', () => {
  it('shows a named progress bar, and Cancel ends the worker at once and keeps the table', async () => {
    const worker = new HeldCsvWorker()
    const panel = mountLab(DataPanel, { csvWorker: () => worker }).wrapper
    const store = useDatasetStore()
    const revision = store.revision
    await chooseFile(panel, new File(['1,2,0\n'], 'big.csv'))
    expect(worker.requests).toEqual([{ type: 'read', file: expect.any(File), fileName: 'big.csv' }])
    expect(dialog(panel).element.open).toBe(true)
    const bar = dialog(panel).get('progress')
    expect(bar.attributes('aria-label')).toBe('Reading big.csv')
    // Indeterminate until the worker has the file's text.
    expect(bar.attributes('value')).toBeUndefined()
    expect(dialog(panel).text()).toContain('Reading big.csv…')

    worker.answer({ type: 'progress', progress: { fraction: 0.25, rows: 250_000 } })
    await flushPromises()
    expect(dialog(panel).get('progress').attributes('value')).toBe('25')
    expect(dialog(panel).text()).toContain('Reading big.csv: 250,000 rows so far (25%)')
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel')

    await buttonIn(panel, 'Cancel').trigger('click')
    await flushPromises()
    expect(worker.terminated).toBe(true)
    expect(dialog(panel).element.open).toBe(true)
    const said = 'Import cancelled: reading big.csv stopped, and the data is unchanged.'
    expect(dialog(panel).get('[role="status"]').text()).toBe(said)
    expect(store.revision).toBe(revision)
    expect(store.rowCount).toBe(6)
    expect(store.canUndo).toBe(false)
    await buttonIn(panel, 'Close').trigger('click')
    await flushPromises()
    expect(dialog(panel).element.open).toBe(false)
    expect(panel.get('.data-status [role="status"]').text()).toBe(said)
  })

  it('cancels on Escape too', async () => {
    const worker = new HeldCsvWorker()
    const panel = mountLab(DataPanel, { csvWorker: () => worker }).wrapper
    await chooseFile(panel, new File(['1,2,0\n'], 'big.csv'))
    dialog(panel).element.dispatchEvent(new Event('cancel', { cancelable: true }))
    await flushPromises()
    expect(worker.terminated).toBe(true)
    expect(dialog(panel).text()).toContain('Import cancelled: reading big.csv stopped')
  })

  it('a second file replaces one still being read, whose worker ends', async () => {
    const workers: HeldCsvWorker[] = []
    const panel = mountLab(DataPanel, {
      csvWorker: () => {
        workers.push(new HeldCsvWorker())
        return workers[workers.length - 1]
      }
    }).wrapper
    await chooseFile(panel, new File(['1,2,0\n'], 'first.csv'))
    await chooseFile(panel, new File(['1,2,0\n'], 'second.csv'))
    expect(workers.map((w) => w.terminated)).toEqual([true, false])
    expect(dialog(panel).text()).toContain('Reading second.csv…')
  })

  it('reads a CSV opened as a document in the worker: the web file itself, the desktop text', async () => {
    const workers: HeldCsvWorker[] = []
    const panel = mountLab(DataPanel, {
      csvWorker: () => {
        workers.push(new HeldCsvWorker())
        return workers[workers.length - 1]
      }
    }).wrapper
    const store = useDatasetStore()
    // The web edition: the dropped file goes to the worker untouched (decoded there, once).
    const file = new File(['1,2,0\n'], 'dropped.csv')
    store.previewOpenedCsv({ kind: 'csv', fileName: 'dropped.csv', file })
    await flushPromises()
    expect(workers[0].requests).toEqual([{ type: 'read', file, fileName: 'dropped.csv' }])
    expect(workers[0].requests[0].file).toBe(file)
    expect(dialog(panel).text()).toContain('Reading dropped.csv…')
    // The desktop app: main has read the file; its text is read as a file of that name.
    store.previewOpenedCsv({ kind: 'csv', fileName: 'opened.csv', text: 'x,y\n1,0\n' })
    await flushPromises()
    const request = workers[1].requests[0]
    expect(request.fileName).toBe('opened.csv')
    expect(await request.file.text()).toBe('x,y\n1,0\n')
  })

  it('says when the worker could not read the file', async () => {
    const worker = new HeldCsvWorker()
    const panel = mountLab(DataPanel, { csvWorker: () => worker }).wrapper
    await chooseFile(panel, new File(['1,2,0\n'], 'gone.csv'))
    worker.answer({ type: 'unreadable' })
    await flushPromises()
    expect(dialog(panel).get('[role="status"]').text()).toBe('gone.csv could not be read.')
    expect(worker.terminated).toBe(true)
  })

  it(`refuses a file over ${MAX_CSV_BYTES / 2 ** 20} MiB before reading it`, async () => {
    const create = vi.fn(() => new HeldCsvWorker())
    const panel = mountLab(DataPanel, { csvWorker: create }).wrapper
    const file = new File(['1,2,0\n'], 'huge.csv')
    Object.defineProperty(file, 'size', { value: MAX_CSV_BYTES + 1 })
    await chooseFile(panel, file)
    expect(create).not.toHaveBeenCalled()
    expect(dialog(panel).element.open).toBe(false)
    expect(panel.get('.data-status [role="status"]').text()).toBe(
      'huge.csv is too large to import (over 256 MB).'
    )
  })
})

describe('files past the data limits', () => {
  it(`imports ${MAX_COLS} features, and refuses ${MAX_COLS + 1}, naming the count and the limit`, async () => {
    const panel = mountLab(DataPanel).wrapper
    const store = useDatasetStore()
    await chooseFile(panel, new File([row(MAX_COLS + 2).repeat(2)], 'wide.csv'))
    await untilRead(panel)
    expect(dialog(panel).text()).toContain(
      'wide.csv has 4,098 columns (4,097 features and the label): the app opens at most 4,096 features. Keep fewer columns and import it again.'
    )
    expect(dialog(panel).text()).toContain('This file cannot be imported')
    expect(dialog(panel).text()).not.toContain('No problems found')
    expect(buttonIn(panel, 'Import').attributes('disabled')).toBeDefined()
    await buttonIn(panel, 'Cancel').trigger('click')
    expect(store.featureCount).toBe(2)

    await chooseFile(panel, new File([row(MAX_COLS + 1).repeat(2)], 'widest.csv'))
    await untilRead(panel)
    expect(dialog(panel).text()).toContain('2 rows, 4,096 features, label “y”')
    // The preview shows the first columns and says how many there are.
    expect(dialog(panel).findAll('table thead th')).toHaveLength(1 + PREVIEW_COLUMNS)
    expect(dialog(panel).findAll('table tbody tr')[0].findAll('td')).toHaveLength(PREVIEW_COLUMNS)
    expect(dialog(panel).get('caption').text()).toContain('(the first 20 of 4,097 columns)')
    await buttonIn(panel, 'Import').trigger('click')
    expect(store.featureCount).toBe(MAX_COLS)
    expect(store.rowCount).toBe(2)
  })

  it('says it in Korean with the same numbers', async () => {
    const panel = mountLab(DataPanel, { locale: 'ko' }).wrapper
    await chooseFile(panel, new File([row(MAX_COLS + 2)], 'wide.csv'))
    await untilRead(panel)
    expect(dialog(panel).text()).toContain(
      'wide.csv: 열이 4,098개(특성 4,097개와 레이블)입니다. 앱은 특성을 4,096개까지 엽니다. 열을 줄여서 다시 가져오세요.'
    )
  })
})
