// The training worker as a worker_threads Worker: the desktop's adapter for core's RunSession,
// which owns the worker's lifecycle (start on first use, stale events, loss, the error frame).
import type { Worker } from 'node:worker_threads'
import type { SpawnTrainingWorker } from '@core/runnerSession'

export function spawnNodeWorker(createWorker: () => Worker): SpawnTrainingWorker {
  return (events) => {
    const worker = createWorker()
    worker.on('message', events.message)
    worker.on('error', (error: Error) => events.lost({ kind: 'failed', message: error.message }))
    worker.on('messageerror', () => events.lost({ kind: 'unreadableMessage' }))
    worker.on('exit', (exitCode: number) => events.lost({ kind: 'exited', exitCode }))
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate()
    }
  }
}
