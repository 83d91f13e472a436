// The desktop app's "Print / Save as PDF": Chromium renders the window's page (print media) to a
// PDF, the user picks where in a Save dialog in the app's language, and the file is written whole.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { pdfPath, printReport } from '../../src/main/report/printReport'
import { reportText } from '../../src/main/report/reportText'
import { createMainWindow } from '../../src/main/window'
import {
  dialog,
  FakeWebContents,
  resetElectron,
  type FakeBrowserWindow
} from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

let folder: string
let window: FakeBrowserWindow

beforeEach(async () => {
  resetElectron()
  folder = await mkdtemp(join(tmpdir(), 'logit-report-'))
  window = createMainWindow() as unknown as FakeBrowserWindow
})

afterEach(async () => {
  resetElectron()
  await rm(folder, { recursive: true, force: true })
})

const request = { suggestedName: 'logit-lab-report.pdf' }

describe('printReport', () => {
  it('renders the page to an A4 PDF and saves it where the user chose, with .pdf added', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, '숙제') })
    const result = await printReport(window.webContents.id, request, 'ko')
    expect(result).toEqual({ ok: true, value: { fileName: '숙제.pdf' } })
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true })
    )
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      Record<string, unknown>
    ]
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      title: reportText.ko.saveTitle,
      defaultPath: 'logit-lab-report.pdf',
      filters: [{ name: reportText.ko.pdfFilter, extensions: ['pdf'] }]
    })
    expect(await readFile(join(folder, '숙제.pdf'), 'utf8')).toBe('%PDF-1.4 page')
    expect(await readdir(folder)).toEqual(['숙제.pdf']) // no temporary file left
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const result = await printReport(window.webContents.id, request, 'en')
    expect(result).toEqual({ ok: true, value: null })
    expect(await readdir(folder)).toEqual([])
  })

  it('says which file could not be written, and leaves no half-written file', async () => {
    const missing = join(folder, 'gone', 'report.pdf')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: missing })
    const result = await printReport(window.webContents.id, request, 'en')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'documentFailed', problem: { kind: 'file', fileName: 'report.pdf' } }
    })
    expect(await readdir(folder)).toEqual([])
  })

  it('prints only a window of ours that is still open, and asks nothing otherwise', async () => {
    const stranger = new FakeWebContents()
    expect(await printReport(stranger.id, request, 'en')).toMatchObject({ ok: false })
    const closed = window.webContents.id
    window.close()
    expect(await printReport(closed, request, 'en')).toMatchObject({ ok: false })
    expect(stranger.printToPDF).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('keeps a chosen .pdf (any case) and adds it to a bare name', () => {
    expect(pdfPath('/home/me/report.PDF')).toBe('/home/me/report.PDF')
    expect(pdfPath('/home/me/report')).toBe('/home/me/report.pdf')
    expect(pdfPath('/home/me/report.txt')).toBe('/home/me/report.txt.pdf')
  })
})
