// Reading a CSV file for import, on the page's side: a Web Worker reads and parses it
// (csvWorker.ts) while the page stays responsive and shows its progress; cancelling terminates the
// worker at once, wherever it is. One worker per file, ended as soon as it has answered, so the
// memory it used to parse goes with it.
import type { InjectionKey } from 'vue'
import type { CsvPreview } from './csvPreview'
import type { CsvReadProgress } from './readCsvText'
import type { CsvReadRequest, CsvWorkerMessage } from './csvWorkerProtocol'
import { MAX_CSV_BYTES } from '@shared/limits'

/** The parts of a Worker the import uses (the tests hand in an in-process one). */
export interface CsvWorkerPort {
  postMessage(message: CsvReadRequest): void
  terminate(): void
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (event: Event) => void
  ): void
}

export type CreateCsvWorker = () => CsvWorkerPort

/** Which worker the Data panel starts (provided by a test; the app uses createCsvWorker). */
export const csvWorkerKey: InjectionKey<CreateCsvWorker> = Symbol('CsvWorker')

export function createCsvWorker(): CsvWorkerPort {
  // Written out in full so Vite finds the worker and bundles it as its own module.
  return new Worker(new URL('./csvWorker.ts', import.meta.url), {
    type: 'module',
    name: 'csv-import'
  })
}

export type CsvReadOutcome =
  | { kind: 'preview'; preview: CsvPreview }
  | { kind: 'tooLarge'; fileName: string; maxBytes: number }
  | { kind: 'unreadable'; fileName: string }
  | { kind: 'cancelled'; fileName: string }

export interface CsvReadJob {
  readonly fileName: string
  /** Settles once: with the preview, or why there is none. */
  readonly done: Promise<CsvReadOutcome>
  /** Stops reading at once (the outcome is 'cancelled'); nothing once it has settled. */
  cancel(): void
}

export function startCsvRead(
  file: File,
  createWorker: CreateCsvWorker,
  onProgress: (progress: CsvReadProgress) => void
): CsvReadJob {
  const fileName = file.name
  if (file.size > MAX_CSV_BYTES) {
    const done = Promise.resolve<CsvReadOutcome>({
      kind: 'tooLarge',
      fileName,
      maxBytes: MAX_CSV_BYTES
    })
    return { fileName, done, cancel: () => undefined }
  }
  let settle: (outcome: CsvReadOutcome) => void = () => undefined
  const done = new Promise<CsvReadOutcome>((resolve) => (settle = resolve))
  const worker = createWorker()
  let settled = false
  const end = (outcome: CsvReadOutcome): void => {
    if (settled) return
    settled = true
    worker.terminate()
    settle(outcome)
  }
  worker.addEventListener('message', (event) => {
    if (settled) return
    const message = (event as MessageEvent<CsvWorkerMessage>).data
    if (message.type === 'progress') onProgress(message.progress)
    else if (message.type === 'done') end({ kind: 'preview', preview: message.preview })
    else {
      if (message.type === 'failed') console.error('The CSV import worker failed', message.message)
      end({ kind: 'unreadable', fileName })
    }
  })
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    console.error('The CSV import worker failed', (event as Partial<ErrorEvent>).message)
    end({ kind: 'unreadable', fileName })
  })
  worker.addEventListener('messageerror', () => end({ kind: 'unreadable', fileName }))
  worker.postMessage({ type: 'read', file, fileName })
  return { fileName, done, cancel: () => end({ kind: 'cancelled', fileName }) }
}
