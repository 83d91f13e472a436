// The training worker's entry and the parallel accumulator's worker, each bundled by electron-vite
// as its own file beside main.
import { Worker } from 'node:worker_threads'
import accumulatorWorkerPath from '../node/accumulatorWorker?modulePath'
import type { TrainingWorkerData } from './training/workerData'
import workerPath from './training/worker?modulePath'

export function createTrainingWorker(): Worker {
  const workerData: TrainingWorkerData = { accumulatorWorker: accumulatorWorkerPath }
  return new Worker(workerPath, { workerData })
}
