// A stand-in for the web edition's Web Worker that runs the real worker handler (the runner
// host webWorker.ts installs) in this thread: messages are structured-cloned (and transferred)
// and delivered on later tasks, as between a page and its worker.
import { createRunnerHost } from '@core/runnerHost'
import type { ToWorker } from '@core/runnerProtocol'
import type { WebTrainingWorker } from '@renderer/platform/web'

type Listener = (event: Event) => void

export class InProcessWorker implements WebTrainingWorker {
  terminated = false
  readonly posted: unknown[] = []
  private readonly listeners = new Map<string, Set<Listener>>()
  private readonly host = createRunnerHost((message, transfer) => {
    const data: unknown = structuredClone(message, { transfer })
    setTimeout(() => this.emit('message', new MessageEvent('message', { data })))
  })

  /** @param breaksOn a command that makes the worker throw, as a bug in it would */
  constructor(private readonly breaksOn?: string) {}

  postMessage(message: unknown, transfer: Transferable[]): void {
    if (this.terminated) return
    this.posted.push(message)
    const data = structuredClone(message, { transfer }) as ToWorker
    setTimeout(() => {
      if (this.terminated) return
      if (data.type === 'command' && data.command.kind === this.breaksOn) {
        this.emit('error', new ErrorEvent('error', { message: 'Uncaught Error: boom' }))
        return
      }
      this.host.handle(data)
    })
  }

  terminate(): void {
    this.terminated = true
    this.host.dispose() // a terminated worker's run ends with it
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>()
    set.add(listener)
    this.listeners.set(type, set)
  }

  /** Fails as a browser's worker can: an 'error' or 'messageerror' event, or a stray message. */
  breakWith(type: 'error' | 'messageerror' | 'message', event: Event): void {
    setTimeout(() => this.emit(type, event))
  }

  private emit(type: string, event: Event): void {
    if (this.terminated) return
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }
}
