// The messages between a host (Electron's main process, or the web page) and the worker that
// trains for it, declared once for both. Every message carries its run's id, so a host can tell
// a late frame of a run it already replaced from one of the current run.
import type { RunCommand, RunFrame, RunRequest } from './runnerTypes'

export type ToWorker =
  /** The data travels as typed arrays, transferred when the host owns them (see transferList). */
  | { type: 'start'; runId: string; request: RunRequest }
  | { type: 'command'; runId: string; command: RunCommand }

export type FromWorker =
  | { type: 'frame'; runId: string; frame: RunFrame }
  /** The run could not start in the worker (the host turns it into an `error` frame). */
  | { type: 'failed'; runId: string; detail: string }

export function isToWorker(message: unknown): message is ToWorker {
  if (typeof message !== 'object' || message === null) return false
  const { type, runId } = message as { type?: unknown; runId?: unknown }
  return (type === 'start' || type === 'command') && typeof runId === 'string'
}

export function isFromWorker(message: unknown): message is FromWorker {
  if (typeof message !== 'object' || message === null) return false
  const { type, runId } = message as { type?: unknown; runId?: unknown }
  return (type === 'frame' || type === 'failed') && typeof runId === 'string'
}

/** The buffers behind a request's data, each once; shared memory cannot be transferred. */
export function transferList(request: RunRequest): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const array of [request.data.x, request.data.y]) {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer)
  }
  return [...buffers]
}
