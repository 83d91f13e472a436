// One window's training: its RunSession and the worker thread that runs it. The worker lives
// as long as the window trains (one start-up per window, not per run); when it dies, its run
// ends with an error frame and the next run gets a fresh worker.
import type { Worker } from 'node:worker_threads'
import { isFromWorker, type ToWorker } from '@core/runnerProtocol'
import { RunSession } from '@core/runnerSession'
import type { RunFrame } from '@core/runnerTypes'
import type { TrainingFrame } from '@shared/contract'
import { workerLossDetail, type WorkerLoss } from '@shared/workerLoss'

export class OwnerTraining {
  private worker: Worker | null = null
  readonly session: RunSession

  constructor(
    private readonly createWorker: () => Worker,
    deliver: (frame: TrainingFrame) => void,
    newRunId: () => string
  ) {
    this.session = new RunSession({
      send: (message, transfer) => this.send(message, transfer),
      deliver: (frame: RunFrame) => deliver(frame),
      newRunId,
      // IPC gave main its own copy of the data: the worker may have it without another copy.
      transferData: true
    })
  }

  /** Stops the run and ends the worker. */
  async dispose(): Promise<void> {
    this.session.end()
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private send(message: ToWorker, transfer: ArrayBuffer[]): void {
    if (this.worker === null) {
      // Without a worker there is no run to command; only a start needs one.
      if (message.type !== 'start') return
      this.worker = this.spawn()
    }
    this.worker.postMessage(message, transfer)
  }

  private spawn(): Worker {
    const worker = this.createWorker()
    worker.on('message', (message: unknown) => {
      if (isFromWorker(message)) this.session.receive(message)
      else this.lose(worker, { kind: 'unknownMessage' })
    })
    worker.on('error', (error: Error) =>
      this.lose(worker, { kind: 'failed', message: error.message })
    )
    worker.on('messageerror', () => this.lose(worker, { kind: 'unreadableMessage' }))
    worker.on('exit', (exitCode: number) => this.lose(worker, { kind: 'exited', exitCode }))
    return worker
  }

  /** The worker failed: forget it (ending it if it still runs) and fail its run. */
  private lose(worker: Worker, loss: WorkerLoss): void {
    if (this.worker !== worker) return
    this.worker = null
    worker.terminate().catch((error: unknown) => console.error('Ending a failed worker', error))
    this.session.workerLost(workerLossDetail(loss))
  }
}
