// Main's side of the codec worker: started on first use, one job at a time in order, stopped
// after a while without work. A worker that fails or exits fails its jobs; the next job starts a
// new one. A job's input is copied (a few ms for the largest file, and main keeps it to run the
// job itself should the worker be lost); the outcome's buffers come back transferred.
import type { Worker } from 'node:worker_threads'
import type { CodecJob, CodecOutcome } from './codecJobs'
import type { CodecReply, CodecRequest } from './codecMessages'

interface Pending {
  resolve: (outcome: CodecOutcome) => void
  reject: (error: Error) => void
}

/** The worker ended (crashed, ran out of memory, was stopped) before it answered. */
export class CodecWorkerLost extends Error {
  override readonly name = 'CodecWorkerLost'
}

export class WorkerCodec {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private idleTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly createWorker: () => Worker,
    private readonly idleMs = 30_000
  ) {}

  run(job: CodecJob): Promise<CodecOutcome> {
    const worker = this.started()
    const id = this.nextId++
    const request: CodecRequest = { id, job }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage(request)
    })
  }

  async dispose(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll(new CodecWorkerLost('stopped'))
    if (worker) await worker.terminate()
  }

  private started(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    if (this.worker) return this.worker
    const worker = this.createWorker()
    worker.unref() // never what keeps the process alive
    worker.on('message', (reply: CodecReply) => this.settle(reply))
    worker.on('error', (error: Error) => this.lost(worker, new CodecWorkerLost(error.message)))
    worker.on('exit', (code: number) => this.lost(worker, new CodecWorkerLost(`exit code ${code}`)))
    this.worker = worker
    return worker
  }

  private settle(reply: CodecReply): void {
    const pending = this.pending.get(reply.id)
    if (!pending) return
    this.pending.delete(reply.id)
    if ('failure' in reply) pending.reject(new Error(reply.failure))
    else pending.resolve(reply.outcome)
    if (this.pending.size > 0) return
    this.idleTimer = setTimeout(() => this.stopIdle(), this.idleMs)
    this.idleTimer.unref()
  }

  private stopIdle(): void {
    const worker = this.worker
    if (this.pending.size > 0 || !worker) return
    this.worker = null
    worker.terminate().catch((error: unknown) => console.error('Stopping the codec worker', error))
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return // an idle worker we stopped
    this.worker = null
    this.failAll(error)
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }
}
