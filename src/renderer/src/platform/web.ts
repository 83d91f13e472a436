// The web edition's LabApi: a Web Worker runs the same core runner and protocol as the desktop
// app's worker thread, and core's RunSession does what the desktop's TrainingService does per
// window (one run at a time, stale frames dropped, an error frame if the worker dies). Requests
// are validated here, with the schemas main validates the desktop's with.
import type { LabApi, MenuCommand, TrainingFrame } from '@shared/contract'
import { RunSession, type SpawnTrainingWorker } from '@core/runnerSession'
import { isAllowedExternalUrl } from '@shared/externalLinks'
import { labConfig } from '@core/config'
import { parseRequest } from '@shared/validation'
import { createWebDocuments, type WebDocumentsOptions } from './webDocuments'
import type { WorkSetAside } from './workSetAside'

/** The parts of a Worker the web edition uses (a test may hand in its own). */
export interface WebTrainingWorker {
  postMessage(message: unknown, transfer: Transferable[]): void
  terminate(): void
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (event: Event) => void
  ): void
}

export interface WebLabApiOptions {
  createWorker?: () => WebTrainingWorker
  openWindow?: (url: string) => void
  /** The documents' worker, tab slot and files (a test hands in its own). */
  documents?: WebDocumentsOptions
  /** The browser's print dialog (a test hands in its own). */
  print?: () => void
  /**
   * Runs a callback when the page is idle; then the training worker starts and the request
   * checks are readied ahead of the first Train click. Without it, both happen at that click.
   */
  whenIdle?: (callback: () => void) => void
}

/**
 * A request the checks accept, parsed once so that the schema's first-use setup (~8 ms) does not
 * fall in the Train click's task.
 */
export const WARM_UP_REQUEST = {
  data: {
    featureNames: ['x'],
    rows: 1,
    cols: 1,
    x: new Float64Array([0]),
    y: new Float64Array([0])
  },
  config: labConfig,
  speed: { mode: 'max' },
  startPaused: true
}

function createTrainingWorker(): WebTrainingWorker {
  // Written out in full so Vite finds the worker and bundles it as its own module.
  return new Worker(new URL('./webWorker.ts', import.meta.url), { type: 'module' })
}

/** The training worker as a Web Worker: the web edition's adapter for core's RunSession. */
function spawnWebWorker(createWorker: () => WebTrainingWorker): SpawnTrainingWorker {
  return (events) => {
    const worker = createWorker()
    worker.addEventListener('message', (event) => events.message((event as MessageEvent).data))
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      const message = (event as Partial<ErrorEvent>).message
      events.lost(
        typeof message === 'string' && message !== ''
          ? { kind: 'failed', message }
          : { kind: 'stopped' }
      )
    })
    worker.addEventListener('messageerror', () => events.lost({ kind: 'unreadableMessage' }))
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate()
    }
  }
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

export function createWebLabApi(options: WebLabApiOptions = {}): LabApi & WorkSetAside {
  const openWindow = options.openWindow ?? ((url) => window.open(url, '_blank', 'noopener'))
  const print = options.print ?? (() => window.print())
  const frameListeners = new Set<(frame: TrainingFrame) => void>()
  let runCount = 0

  const session = new RunSession({
    spawnWorker: spawnWebWorker(options.createWorker ?? createTrainingWorker),
    deliver: (frame) => callEach(frameListeners, frame),
    // crypto.randomUUID needs a secure context; a classroom may serve this over plain http.
    newRunId: () => `web-${Date.now().toString(36)}-${++runCount}`,
    // postMessage copies the data: the page keeps its table.
    transferData: false
  })

  options.whenIdle?.(() => {
    parseRequest('train', WARM_UP_REQUEST)
    session.prepare()
  })

  return {
    platform: 'web',
    ...createWebDocuments(options.documents),
    async train(request) {
      const parsed = parseRequest('train', request)
      return parsed.ok ? session.start(parsed.value) : parsed
    },
    async command(runId, command) {
      const parsed = parseRequest('command', { runId, command })
      return parsed.ok ? session.command(parsed.value.runId, parsed.value.command) : parsed
    },
    onFrame(listener) {
      frameListeners.add(listener)
      return () => frameListeners.delete(listener)
    },
    // The web edition has no application menu: nothing ever arrives here.
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
    // No menus to keep in step.
    setPreferences: async () => ({ ok: true, value: null }),
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) {
        return {
          ok: false,
          error: { code: 'invalidPayload', field: 'url', message: `not an allowed page: ${url}` }
        }
      }
      openWindow(url)
      return { ok: true, value: null }
    },
    // The print stylesheet (styles/report.css) lays the report out on one page; the browser's
    // dialog prints it or saves it as a PDF, and says nothing back.
    async printReport(request) {
      const parsed = parseRequest('printReport', request)
      if (!parsed.ok) return parsed
      print()
      return { ok: true, value: null }
    }
  }
}
