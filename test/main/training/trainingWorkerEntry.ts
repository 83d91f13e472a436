// The real training worker's entry, from source: tests start it with tsSourceWorker
// (src/node/tsSourceWorker.ts), as the bench does.
export const trainingWorkerEntry = new URL('../../../src/main/training/worker.ts', import.meta.url)
