// Live training for the main process, with no electron import (so it runs under plain Node in
// tests): one run per owner (a window), run ids on every message, a worker thread per owner.
// src/main/ipc.ts validates what a window sends, then calls these methods; they trust it.
import { randomUUID } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import { RunSession } from '@core/runnerSession'
import type { ApiResult, RunCommand, TrainingFrame, TrainRequest } from '@shared/contract'
import { spawnNodeWorker } from './nodeWorker'

export type FrameSink = (ownerId: number, frame: TrainingFrame) => void

export interface TrainingServiceOptions {
  createWorker: () => Worker
  sendFrame: FrameSink
}

export class TrainingService {
  private readonly owners = new Map<number, RunSession>()

  constructor(private readonly options: TrainingServiceOptions) {}

  /** Starts a run for the owner, stopping its previous one. Takes over request.data's buffers. */
  async train(ownerId: number, request: TrainRequest): Promise<ApiResult<{ runId: string }>> {
    return this.owner(ownerId).start(request)
  }

  async command(ownerId: number, runId: string, command: RunCommand): Promise<ApiResult<null>> {
    const owner = this.owners.get(ownerId)
    if (!owner) {
      return {
        ok: false,
        error: { code: 'noSuchRun', field: 'runId', message: `no run ${runId} here` }
      }
    }
    return owner.command(runId, command)
  }

  /** The owner's window closed or reloaded: stop its run and end its worker. */
  disposeOwner(ownerId: number): void {
    const owner = this.owners.get(ownerId)
    if (!owner) return
    this.owners.delete(ownerId)
    owner.dispose().catch((error: unknown) => console.error('Ending a training worker', error))
  }

  async dispose(): Promise<void> {
    const owners = [...this.owners.values()]
    this.owners.clear()
    await Promise.all(owners.map((owner) => owner.dispose()))
  }

  private owner(ownerId: number): RunSession {
    let owner = this.owners.get(ownerId)
    if (!owner) {
      owner = new RunSession({
        spawnWorker: spawnNodeWorker(this.options.createWorker),
        deliver: (frame) => this.options.sendFrame(ownerId, frame),
        newRunId: randomUUID,
        // IPC gave main its own copy of the data: the worker may have it without another copy.
        transferData: true
      })
      this.owners.set(ownerId, owner)
    }
    return owner
  }
}
