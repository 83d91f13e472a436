// The web edition's LabApi: a Web Worker runs the same core runner and protocol as the desktop
// app's worker thread, and a RunSession does what the desktop's TrainingService does per window
// (checks, one run at a time, stale frames dropped, an error frame if the worker dies).
import type { ApiResult, LabApi, Locale, MenuCommand, TrainingFrame } from '@shared/contract'
import { isFromWorker } from '@core/runnerProtocol'
import { RunSession } from '@core/runnerSession'
import type { RunFrame } from '@core/runnerTypes'
import { isAllowedExternalUrl } from '@shared/externalLinks'
import { workerLossDetail, type WorkerLoss } from '@shared/workerLoss'

/** The parts of a Worker the web edition uses (a test may hand in its own). */
export interface TrainingWorker {
  postMessage(message: unknown, transfer: Transferable[]): void
  terminate(): void
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (event: Event) => void
  ): void
}

export interface WebLabApiOptions {
  createWorker?: () => TrainingWorker
  openWindow?: (url: string) => void
}

function createTrainingWorker(): TrainingWorker {
  // Written out in full so Vite finds the worker and bundles it as its own module.
  return new Worker(new URL('./webWorker.ts', import.meta.url), { type: 'module' })
}

/** A listener that throws must not keep the frame from the others, nor go unnoticed. */
function callEach<T>(listeners: Set<(value: T) => void>, value: T): void {
  for (const listener of listeners) {
    try {
      listener(value)
    } catch (error) {
      queueMicrotask(() => {
        throw error
      })
    }
  }
}

const done: ApiResult<null> = { ok: true, value: null }

export function createWebLabApi(options: WebLabApiOptions = {}): LabApi {
  const createWorker = options.createWorker ?? createTrainingWorker
  const openWindow = options.openWindow ?? ((url) => window.open(url, '_blank', 'noopener'))
  const frameListeners = new Set<(frame: TrainingFrame) => void>()
  let worker: TrainingWorker | null = null
  let runCount = 0

  const session = new RunSession({
    send(message, transfer) {
      if (worker === null) {
        // No worker, no run to command: only a start needs one.
        if (message.type !== 'start') return
        worker = spawn()
      }
      worker.postMessage(message, transfer)
    },
    deliver: (frame: RunFrame) => callEach<TrainingFrame>(frameListeners, frame),
    // crypto.randomUUID needs a secure context; a classroom may serve this over plain http.
    newRunId: () => `web-${Date.now().toString(36)}-${++runCount}`,
    transferData: false
  })

  function spawn(): TrainingWorker {
    const spawned = createWorker()
    spawned.addEventListener('message', (event) => {
      const { data } = event as MessageEvent
      if (isFromWorker(data)) session.receive(data)
      else lose(spawned, { kind: 'unknownMessage' })
    })
    spawned.addEventListener('error', (event) => {
      event.preventDefault()
      const message = (event as Partial<ErrorEvent>).message
      lose(
        spawned,
        typeof message === 'string' && message !== ''
          ? { kind: 'failed', message }
          : { kind: 'stopped' }
      )
    })
    spawned.addEventListener('messageerror', () => lose(spawned, { kind: 'unreadableMessage' }))
    return spawned
  }

  /** The worker failed: end it, fail its run; the next train() starts a fresh one. */
  function lose(failed: TrainingWorker, loss: WorkerLoss): void {
    if (worker !== failed) return
    worker = null
    failed.terminate()
    session.workerLost(workerLossDetail(loss))
  }

  return {
    platform: 'web',
    train: async (request) => session.start(request),
    pause: async (runId) => session.command(runId, { kind: 'pause' }),
    resume: async (runId) => session.command(runId, { kind: 'resume' }),
    step: async (runId, epochs) => session.command(runId, { kind: 'step', epochs }),
    stop: async (runId) => session.command(runId, { kind: 'stop' }),
    setSpeed: async (runId, speed) => session.command(runId, { kind: 'setSpeed', speed }),
    onFrame(listener) {
      frameListeners.add(listener)
      return () => frameListeners.delete(listener)
    },
    // The web edition has no application menu: nothing ever arrives here.
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
    setLocale: async (_locale: Locale) => done,
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) {
        return {
          ok: false,
          error: { code: 'invalidPayload', field: 'url', message: `not an allowed page: ${url}` }
        }
      }
      openWindow(url)
      return done
    }
  }
}
