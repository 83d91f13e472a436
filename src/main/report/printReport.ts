// "Print / Save as PDF" in the desktop app: the window's page rendered with its print stylesheet
// (styles/report.css lays the report out on one A4 page) by Chromium's printToPDF, then saved
// where the user says in a Save dialog. The renderer names no path; main only offers its name.
import { BrowserWindow, dialog, webContents } from 'electron'
import { open, rename, rm } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ApiResult, DocumentName, Locale, ReportRequest } from '@shared/contract'
import { isOurWebContents } from '../window'
import { reportText } from './reportText'

/** The file the user chose, with the .pdf a bare name would be missing. */
export function pdfPath(chosen: string): string {
  return extname(chosen).toLowerCase() === '.pdf' ? chosen : `${chosen}.pdf`
}

/** Written beside the target and renamed over it: a failed write never leaves half a PDF. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  const file = await open(temporary, 'w')
  try {
    await file.writeFile(bytes)
    await file.sync()
  } finally {
    await file.close()
  }
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

function failed(fileName: string, error: unknown): ApiResult<never> {
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'EACCES' || code === 'EPERM' ? 'notAllowed' : code === 'ENOSPC' ? 'diskFull' : 'other'
  const message = error instanceof Error ? error.message : String(error)
  return {
    ok: false,
    error: { code: 'documentFailed', message, problem: { kind: 'file', fileName, reason } }
  }
}

export async function printReport(
  ownerId: number,
  { suggestedName }: ReportRequest,
  locale: Locale
): Promise<ApiResult<DocumentName | null>> {
  const contents = webContents.fromId(ownerId)
  const window =
    contents && isOurWebContents(contents) ? BrowserWindow.fromWebContents(contents) : null
  if (!contents || window === null) {
    return { ok: false, error: { code: 'internal', message: 'the window is gone' } }
  }
  // The page as it is now, before the dialog: what the user asked to print.
  const pdf = await contents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true
  })
  const text = reportText[locale]
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: text.saveTitle,
    defaultPath: suggestedName,
    filters: [{ name: text.pdfFilter, extensions: ['pdf'] }]
  })
  if (canceled || !filePath) return { ok: true, value: null }
  const path = pdfPath(filePath)
  try {
    await writeWhole(path, pdf)
  } catch (error) {
    return failed(basename(path), error)
  }
  return { ok: true, value: { fileName: basename(path) } }
}
