// The CSV import flow of the Data panel: a file (chosen or dropped) is read in a worker while the
// dialog shows how far it has come, with Cancel; then previewed, and the user confirms (one
// undoable step) or cancels (nothing changes). When the file chooser cannot be opened directly (a
// menu command carries no user gesture, and browsers only open choosers from one), a small dialog
// with a "Choose a CSV file" button opens instead.
import { inject, shallowRef, type Ref } from 'vue'
import type { OpenedCsv } from '@shared/documents'
import { useDatasetStore } from '../stores/dataset'
import type { CsvPreview } from '../stores/datasetCsv'
import type { CsvReadProgress } from '@renderer/csv/readCsvText'
import {
  createCsvWorker,
  csvWorkerKey,
  startCsvRead,
  type CsvReadJob
} from '@renderer/csv/csvReadJob'

/** Where the import dialog is. */
export type CsvImportStep =
  | { step: 'closed' }
  | { step: 'choosing' }
  | { step: 'reading'; fileName: string; progress: CsvReadProgress }
  | { step: 'stopped'; fileName: string; reason: 'cancelled' | 'unreadable' }
  | { step: 'preview'; preview: CsvPreview }

function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } })
    .userActivation
  return activation === undefined || activation.isActive
}

export function useCsvImport(fileInput: Ref<HTMLInputElement | null>) {
  const store = useDatasetStore()
  const createWorker = inject(csvWorkerKey, createCsvWorker)
  const state = shallowRef<CsvImportStep>({ step: 'closed' })
  /** The file being read; a newer one replaces it (and stops its worker). */
  let job: CsvReadJob | null = null

  /** Opens the system file chooser, or the dialog with a button that can. */
  function chooseFile(): void {
    const input = fileInput.value
    if (input === null) return
    if (!hasUserActivation()) {
      state.value = { step: 'choosing' }
      return
    }
    const step = state.value.step
    if (step === 'choosing' || step === 'stopped') state.value = { step: 'closed' }
    input.value = ''
    input.click()
  }

  async function openFile(file: File): Promise<void> {
    job?.cancel()
    const started = startCsvRead(file, createWorker, (progress) => {
      if (job === started) state.value = { step: 'reading', fileName: started.fileName, progress }
    })
    job = started
    state.value = { step: 'reading', fileName: file.name, progress: { fraction: null, rows: 0 } }
    const outcome = await started.done
    if (job !== started) return
    job = null
    switch (outcome.kind) {
      case 'preview':
        state.value = { step: 'preview', preview: outcome.preview }
        return
      case 'tooLarge':
        state.value = { step: 'closed' }
        store.tell('data.import.tooLarge', {
          file: outcome.fileName,
          limit: String(Math.round(outcome.maxBytes / 2 ** 20))
        })
        return
      case 'unreadable':
      case 'cancelled':
        state.value = { step: 'stopped', fileName: outcome.fileName, reason: outcome.kind }
        store.tell(`data.import.${outcome.kind}`, { file: outcome.fileName })
    }
  }

  /**
   * A CSV opened as a document (Open, a drop on the window): read as a dropped file is. The web
   * edition hands over the file itself; the desktop app's main has read it, and hands its text.
   */
  function openDocument(opened: OpenedCsv): Promise<void> {
    const file =
      'file' in opened
        ? opened.file
        : new File([opened.text], opened.fileName, { type: 'text/csv' })
    return openFile(file)
  }

  function onFileChosen(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (file) void openFile(file)
  }

  function confirm(): boolean {
    const current = state.value
    if (current.step !== 'preview' || !store.applyCsvImport(current.preview)) return false
    state.value = { step: 'closed' }
    return true
  }

  /** Cancel or Escape: stops a file being read (the dialog says so), or closes the dialog. */
  function cancel(): void {
    const current = state.value
    if (current.step === 'reading') {
      job?.cancel()
      return
    }
    if (current.step === 'preview') store.tell('data.notice.importCancelled')
    state.value = { step: 'closed' }
  }

  return { state, chooseFile, openFile, openDocument, onFileChosen, confirm, cancel }
}
