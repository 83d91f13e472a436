// The CSV import's Web Worker (the same in both editions: the desktop renderer is Chromium too):
// a file is read and parsed here, off the page's thread (csvWorkerProtocol.ts). A bundled module,
// as the pages' CSP allows (worker-src 'self'), started by csvReadJob.ts.
import { handleCsvRead, type CsvReadRequest } from './csvWorkerProtocol'

self.addEventListener('message', (event: MessageEvent<CsvReadRequest>) => {
  void handleCsvRead(event.data, (message, transfer) => self.postMessage(message, { transfer }))
})
