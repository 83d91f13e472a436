// The training worker's entry and the parallel accumulator's worker, each bundled by electron-vite
// as its own file beside main (out/main/chunks), started from their unpacked copies when packaged.
import { Worker } from 'node:worker_threads'
import accumulatorWorkerPath from '../node/accumulatorWorker?modulePath'
import type { TrainingWorkerData } from './training/workerData'
import workerPath from './training/worker?modulePath'
import { unpackedPath } from './unpackedPath'

export function createTrainingWorker(): Worker {
  const workerData: TrainingWorkerData = { accumulatorWorker: unpackedPath(accumulatorWorkerPath) }
  return new Worker(unpackedPath(workerPath), { workerData })
}
