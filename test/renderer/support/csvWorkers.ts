// Stand-ins for the CSV import's Web Worker. InProcessCsvWorker runs the real worker handler
// (csvWorkerProtocol's handleCsvRead) in this thread, its answers structured-cloned (the table's
// arrays transferred) and delivered on later tasks, as between a page and its worker; the file
// itself is handed over as it is (happy-dom's File is not cloneable). HeldCsvWorker answers only
// when a test says so, for what happens while a file is being read (progress, Cancel).
import {
  handleCsvRead,
  type CsvReadRequest,
  type CsvWorkerMessage
} from '@renderer/csv/csvWorkerProtocol'
import type { CsvWorkerPort } from '@renderer/csv/csvReadJob'

type Listener = (event: Event) => void

class Listeners {
  private readonly byType = new Map<string, Set<Listener>>()
  add(type: string, listener: Listener): void {
    const set = this.byType.get(type) ?? new Set<Listener>()
    set.add(listener)
    this.byType.set(type, set)
  }
  emit(type: string, event: Event): void {
    for (const listener of this.byType.get(type) ?? []) listener(event)
  }
}

export class InProcessCsvWorker implements CsvWorkerPort {
  terminated = false
  private readonly listeners = new Listeners()

  postMessage(request: CsvReadRequest): void {
    setTimeout(() => {
      if (this.terminated) return
      void handleCsvRead(request, (message, transfer) => {
        const data = structuredClone(message, { transfer })
        setTimeout(() => {
          if (!this.terminated)
            this.listeners.emit('message', new MessageEvent('message', { data }))
        })
      })
    })
  }

  terminate(): void {
    this.terminated = true
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.add(type, listener)
  }
}

export class HeldCsvWorker implements CsvWorkerPort {
  terminated = false
  readonly requests: CsvReadRequest[] = []
  private readonly listeners = new Listeners()

  postMessage(request: CsvReadRequest): void {
    this.requests.push(request)
  }

  terminate(): void {
    this.terminated = true
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.add(type, listener)
  }

  /** Answers as the worker would (nothing once terminated, as a real worker). */
  answer(message: CsvWorkerMessage): void {
    if (!this.terminated)
      this.listeners.emit('message', new MessageEvent('message', { data: message }))
  }
}
