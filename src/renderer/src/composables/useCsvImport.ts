// The CSV import flow of the Data panel: a file (chosen or dropped) is read and previewed; the
// user confirms (one undoable step) or cancels (nothing changes). When the file chooser cannot be
// opened directly (a menu command carries no user gesture, and browsers only open choosers from
// one), a small dialog with a "Choose a CSV file" button opens instead.
import { ref, shallowRef, type Ref } from 'vue'
import { useDatasetStore } from '../stores/dataset'
import type { CsvPreview } from '../stores/datasetCsv'
import { MAX_CSV_BYTES, readCsvFile } from '@renderer/components/data/csvFile'

function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } })
    .userActivation
  return activation === undefined || activation.isActive
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

export function useCsvImport(fileInput: Ref<HTMLInputElement | null>) {
  const store = useDatasetStore()
  const preview = shallowRef<CsvPreview | null>(null)
  /** The dialog asking for a file, for when the chooser could not open by itself. */
  const choosing = ref(false)
  const reading = ref(false)

  /** Opens the system file chooser, or the dialog with a button that can. */
  function chooseFile(): void {
    const input = fileInput.value
    if (input === null) return
    if (!hasUserActivation()) {
      choosing.value = true
      return
    }
    choosing.value = false
    input.value = ''
    input.click()
  }

  async function openFile(file: File): Promise<void> {
    reading.value = true
    try {
      const result = await readCsvFile(file)
      if (!result.ok) {
        const limit = String(Math.round(MAX_CSV_BYTES / (1024 * 1024)))
        store.tell(`data.import.${result.reason}`, { file: result.fileName, limit })
        return
      }
      await previewText(result.text, result.fileName)
    } finally {
      reading.value = false
    }
  }

  /** Previews a CSV's text (read here, or opened as a document). */
  async function previewText(text: string, fileName: string): Promise<void> {
    choosing.value = false
    // A big file takes a moment to parse: say so, and let the page paint it first.
    store.tell('data.import.reading', { file: fileName })
    await nextPaint()
    preview.value = store.previewCsv(text, fileName)
  }

  function onFileChosen(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (file) void openFile(file)
  }

  function confirm(): boolean {
    const current = preview.value
    if (current === null || !store.applyCsvImport(current)) return false
    preview.value = null
    return true
  }

  function cancel(): void {
    if (preview.value !== null) store.tell('data.notice.importCancelled')
    preview.value = null
    choosing.value = false
  }

  return {
    preview,
    choosing,
    reading,
    chooseFile,
    openFile,
    previewText,
    onFileChosen,
    confirm,
    cancel
  }
}
