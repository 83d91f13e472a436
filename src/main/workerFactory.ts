// The training worker's entry, bundled by electron-vite as its own file beside main.
import { Worker } from 'node:worker_threads'
import workerPath from './training/worker?modulePath'

export function createTrainingWorker(): Worker {
  return new Worker(workerPath)
}
