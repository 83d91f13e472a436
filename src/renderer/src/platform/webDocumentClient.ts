// The page's side of the documents worker (webDocumentWorker.ts): one request, one answer, matched
// by id. A worker that dies answers everything still waiting with a storage refusal, and the next
// request starts a new one.
import type {
  DocumentEnvelope,
  DocumentReply,
  DocumentRequest,
  DocumentResponse
} from './webDocumentProtocol'
import { responseFromWire, wireRequest } from './sessionTransfer'

/** Sends one request to the documents worker; the answer comes back in order of the requests. */
export type DocumentWorkerClient = (request: DocumentRequest) => Promise<DocumentResponse>

export function createDocumentWorkerClient(
  createWorker: () => Worker = () =>
    // Written out in full so Vite finds the worker and bundles it as its own module.
    new Worker(new URL('./webDocumentWorker.ts', import.meta.url), { type: 'module' })
): DocumentWorkerClient {
  let worker: Worker | null = null
  let nextId = 0
  const waiting = new Map<number, (response: DocumentResponse) => void>()

  function lost(detail: string): void {
    worker?.terminate()
    worker = null
    for (const resolve of waiting.values()) resolve({ ok: false, reason: 'storage', detail })
    waiting.clear()
  }

  function started(): Worker {
    if (worker !== null) return worker
    const created = createWorker()
    created.addEventListener('message', (event: MessageEvent<DocumentReply>) => {
      const { id, response } = event.data
      waiting.get(id)?.(responseFromWire(response))
      waiting.delete(id)
    })
    created.addEventListener('error', (event) => {
      event.preventDefault()
      lost(`the documents worker failed: ${event.message}`)
    })
    created.addEventListener('messageerror', () => lost('a message from the documents worker'))
    worker = created
    return created
  }

  return (request) =>
    new Promise((resolve) => {
      const id = ++nextId
      waiting.set(id, resolve)
      try {
        // A session's table is moved, not copied (see sessionTransfer.ts).
        const { message, transfer } = wireRequest(request)
        const envelope: DocumentEnvelope = { id, request: message }
        started().postMessage(envelope, { transfer })
      } catch (error) {
        // A session that cannot be cloned (a bug) must not leave its caller waiting.
        waiting.delete(id)
        resolve({ ok: false, reason: 'storage', detail: String(error) })
      }
    })
}
