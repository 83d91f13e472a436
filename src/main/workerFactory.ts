// The worker threads main starts, each bundled by electron-vite as its own file beside main
// (out/main/chunks) and started from its unpacked copy when packaged: the training worker, the
// parallel accumulator's worker (started by the training worker) and the session codec's worker.
import { Worker } from 'node:worker_threads'
import accumulatorWorkerPath from '../node/accumulatorWorker?modulePath'
import codecWorkerPath from './files/codecWorker?modulePath'
import type { TrainingWorkerData } from './training/workerData'
import workerPath from './training/worker?modulePath'
import { unpackedPath } from './unpackedPath'

export function createTrainingWorker(): Worker {
  const workerData: TrainingWorkerData = { accumulatorWorker: unpackedPath(accumulatorWorkerPath) }
  return new Worker(unpackedPath(workerPath), { workerData })
}

export function createCodecWorker(): Worker {
  return new Worker(unpackedPath(codecWorkerPath))
}
