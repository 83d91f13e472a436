// Live training for the main process, with no electron import (so it runs under plain Node in
// tests): one run per owner (a window), run ids on every message, a worker thread per owner.
// src/main/ipc.ts validates what a window sends, then calls these methods.
import { randomUUID } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import type { RunCommand } from '@core/runnerTypes'
import type { ApiResult, Speed, TrainingFrame, TrainRequest } from '@shared/contract'
import { OwnerTraining } from './ownerTraining'

export type FrameSink = (ownerId: number, frame: TrainingFrame) => void

export interface TrainingServiceOptions {
  createWorker: () => Worker
  sendFrame: FrameSink
}

export class TrainingService {
  private readonly owners = new Map<number, OwnerTraining>()

  constructor(private readonly options: TrainingServiceOptions) {}

  /** Starts a run for the owner, stopping its previous one. Takes over request.data's buffers. */
  async train(ownerId: number, request: TrainRequest): Promise<ApiResult<{ runId: string }>> {
    return this.owner(ownerId).session.start(request)
  }

  pause(ownerId: number, runId: string): Promise<ApiResult<null>> {
    return this.command(ownerId, runId, { kind: 'pause' })
  }

  resume(ownerId: number, runId: string): Promise<ApiResult<null>> {
    return this.command(ownerId, runId, { kind: 'resume' })
  }

  step(ownerId: number, runId: string, epochs: number): Promise<ApiResult<null>> {
    return this.command(ownerId, runId, { kind: 'step', epochs })
  }

  stop(ownerId: number, runId: string): Promise<ApiResult<null>> {
    return this.command(ownerId, runId, { kind: 'stop' })
  }

  setSpeed(ownerId: number, runId: string, speed: Speed): Promise<ApiResult<null>> {
    return this.command(ownerId, runId, { kind: 'setSpeed', speed })
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

  private async command(
    ownerId: number,
    runId: string,
    command: RunCommand
  ): Promise<ApiResult<null>> {
    const owner = this.owners.get(ownerId)
    if (!owner) {
      return {
        ok: false,
        error: { code: 'noSuchRun', field: 'runId', message: `no run ${runId} here` }
      }
    }
    return owner.session.command(runId, command)
  }

  private owner(ownerId: number): OwnerTraining {
    let owner = this.owners.get(ownerId)
    if (!owner) {
      const deliver = (frame: TrainingFrame): void => this.options.sendFrame(ownerId, frame)
      owner = new OwnerTraining(this.options.createWorker, deliver, randomUUID)
      this.owners.set(ownerId, owner)
    }
    return owner
  }
}
