// Starts a worker thread from TypeScript source, for tests and the streaming bench. On Node 20
// `new Worker(file, { execArgv: ['--import', 'tsx'] })` fails with ERR_UNKNOWN_FILE_EXTENSION:
// the loader registers too late for the worker's entry module. So the worker starts from a tiny
// script that registers tsx's loader first and only then imports the entry.
import { Worker } from 'node:worker_threads'

const tsxApi = import.meta.resolve('tsx/esm/api')

export function sourceWorker(entry: URL): Worker {
  const boot = `import(${JSON.stringify(tsxApi)})
    .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(boot, { eval: true })
}

/** The real training worker, from source. */
export const trainingWorkerEntry = new URL('../../../src/main/training/worker.ts', import.meta.url)
