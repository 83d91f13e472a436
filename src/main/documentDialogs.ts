// The OS file dialogs of the documents, attached to the window that asked (a sheet on macOS),
// in the menu's language. They only choose a path; the documents service adds the extension.
import { BrowserWindow, dialog, webContents, type FileFilter } from 'electron'
import type { ExportKind, Locale } from '@shared/contract'
import { SESSION_FILE_EXTENSION } from '@shared/session'
import { dialogText, type DialogText } from './dialogText'
import type { DocumentDialogs } from './documents/documentDeps'
import { EXPORT_EXTENSIONS } from './documents/fileNames'

/** The window of a web contents id, if it is still open. */
export function windowOf(owner: number): BrowserWindow | null {
  const contents = webContents.fromId(owner)
  const window = contents ? BrowserWindow.fromWebContents(contents) : null
  return window && !window.isDestroyed() ? window : null
}

export function exportFilter(t: DialogText, kind: ExportKind): FileFilter {
  const extension = EXPORT_EXTENSIONS[kind]
  const names: Record<string, string> = {
    json: t.jsonFilter,
    csv: t.csvFilter,
    py: t.pythonFilter,
    safetensors: t.safetensorsFilter,
    onnx: t.onnxFilter,
    zip: t.zipFilter
  }
  return { name: names[extension], extensions: [extension] }
}

export function electronDialogs(locale: () => Locale): DocumentDialogs {
  const sessions = (t: DialogText): FileFilter => ({
    name: t.sessionFilter,
    extensions: [SESSION_FILE_EXTENSION]
  })
  const save = async (owner: number, options: Electron.SaveDialogOptions) => {
    const window = windowOf(owner)
    const properties: Electron.SaveDialogOptions['properties'] = [
      'createDirectory',
      'showOverwriteConfirmation'
    ]
    const full = { ...options, properties }
    const { canceled, filePath } = window
      ? await dialog.showSaveDialog(window, full)
      : await dialog.showSaveDialog(full)
    return canceled || !filePath ? null : filePath
  }
  return {
    chooseSessionToSave(owner, suggestedPath) {
      const t = dialogText[locale()]
      return save(owner, { title: t.saveTitle, defaultPath: suggestedPath, filters: [sessions(t)] })
    },
    chooseExportTarget(owner, kind, suggestedPath) {
      const t = dialogText[locale()]
      const filters = [exportFilter(t, kind)]
      return save(owner, { title: t.exportTitle, defaultPath: suggestedPath, filters })
    },
    async chooseFileToOpen(owner, folder) {
      const t = dialogText[locale()]
      const options: Electron.OpenDialogOptions = {
        title: t.openTitle,
        defaultPath: folder,
        properties: ['openFile'],
        filters: [
          sessions(t),
          { name: t.csvFilter, extensions: ['csv'] },
          { name: t.allFilesFilter, extensions: ['*'] }
        ]
      }
      const window = windowOf(owner)
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return canceled || filePaths.length === 0 ? null : filePaths[0]
    }
  }
}
