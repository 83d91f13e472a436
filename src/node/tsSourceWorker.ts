// Starts a worker thread from TypeScript source, under tsx (the CLI, the bench, the tests). Node 20
// does not apply `--import tsx` (inherited or given in execArgv) to a worker's entry file (checked
// on Node 20.20: ERR_UNKNOWN_FILE_EXTENSION; the loader registers too late), so the worker starts
// from a two-line bootstrap that registers tsx's loader in the worker thread, then imports the
// .ts entry. Built bundles (Electron) have no tsx and start their emitted .js files directly.
import { Worker, type WorkerOptions } from 'node:worker_threads'

/** A worker running `entry` (a .ts file URL); `options` as for `new Worker` (workerData, ...). */
export function tsSourceWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  // Resolved here, not on import: a bundle that never starts a source worker needs no tsx.
  const tsxApi = import.meta.resolve('tsx/esm/api') // its ESM build: the CJS one breaks here
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}
