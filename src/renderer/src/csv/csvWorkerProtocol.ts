// What the CSV import worker is asked and answers, and what it does: read the file's bytes,
// decode them as the CLI does (core/textBytes: UTF-16 by its BOM, UTF-8, else EUC-KR), and read
// the text into a preview and a table (readCsvText), telling the page how far it has come. The
// table's arrays go to the page transferred, not copied. csvWorker.ts runs this in a Web Worker;
// the tests run it in-process.
import { decodeTextBytes } from '@core/textBytes'
import type { CsvPreview } from './csvPreview'
import { readCsvText, type CsvReadProgress } from './readCsvText'
import { tableBuffers } from './tableBuilder'

export interface CsvReadRequest {
  type: 'read'
  /** The file as chosen or dropped (a File is a Blob): the worker reads its bytes itself. */
  file: Blob
  fileName: string
}

export type CsvWorkerMessage =
  | { type: 'progress'; progress: CsvReadProgress }
  | { type: 'done'; preview: CsvPreview }
  | { type: 'unreadable' }
  /** A fault of the worker itself (a bug): the page says the file could not be read. */
  | { type: 'failed'; message: string }

export type PostCsvMessage = (message: CsvWorkerMessage, transfer: Transferable[]) => void

export async function handleCsvRead(request: CsvReadRequest, post: PostCsvMessage): Promise<void> {
  let text: string
  try {
    // The bytes are let go once decoded: only the text stays while the rows are read.
    text = decodeTextBytes(new Uint8Array(await request.file.arrayBuffer()))
  } catch (error) {
    // The file vanished or could not be read; the page says so and its data stays as it was.
    console.warn('Reading the CSV file failed', error)
    post({ type: 'unreadable' }, [])
    return
  }
  post({ type: 'progress', progress: { fraction: 0, rows: 0 } }, [])
  let preview: CsvPreview
  try {
    preview = readCsvText(text, request.fileName, {
      onProgress: (progress) => post({ type: 'progress', progress }, [])
    })
  } catch (error) {
    // A rejected promise in a worker raises no 'error' on the page: say it, or the page waits.
    post({ type: 'failed', message: String(error instanceof Error ? error.stack : error) }, [])
    return
  }
  post({ type: 'done', preview }, preview.table ? tableBuffers(preview.table) : [])
}
