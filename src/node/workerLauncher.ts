// How a parallel accumulator starts its workers. The worker is TypeScript (accumulatorWorker.ts),
// so each host has its own way to run it:
//
// - tsx and Vitest (the CLI, the bench, the tests): `launchTsWorker`, the default. Node 20 does
//   not apply `--import tsx` (inherited or given in execArgv) to a worker's entry file (checked
//   on Node 20.20: ERR_UNKNOWN_FILE_EXTENSION), so the worker starts from a two-line bootstrap
//   that registers tsx's loader in the worker thread, then imports the .ts entry.
// - The Electron main bundle (electron-vite): the bundle has no .ts files and no tsx. The code
//   that creates the accumulator (the training worker) lets electron-vite emit the worker as its
//   own chunk and passes a launcher for it (checked: an electron-vite main build with this import
//   runs the emitted worker chunk under plain Node, sums equal to the single-thread ones):
//
//     import accumulatorWorkerPath from '../../node/accumulatorWorker?modulePath'
//     const accumulator = await startAccumulator(dataset, {
//       config,
//       createWorker: workerFromScript(accumulatorWorkerPath)
//     })
import { Worker } from 'node:worker_threads'
import type { AccumulatorSetup } from './accumulatorLayout'

/** Starts one worker with the setup as its workerData. */
export type CreateWorker = (setup: AccumulatorSetup) => Worker

/** A launcher for a worker script Node can run as it is (a built .js/.mjs file). */
export function workerFromScript(script: string | URL): CreateWorker {
  return (setup) => new Worker(script, { workerData: setup })
}

/** The default: accumulatorWorker.ts next to this file, run through tsx's loader. */
export const launchTsWorker: CreateWorker = (setup) => {
  const entry = new URL('./accumulatorWorker.ts', import.meta.url).href
  const tsxApi = import.meta.resolve('tsx/esm/api') // its ESM build: the CJS one breaks here
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true, workerData: setup })
}
