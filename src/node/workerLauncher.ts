// How a parallel accumulator starts its workers. The worker is TypeScript (accumulatorWorker.ts),
// so each host has its own way to run it:
//
// - tsx and Vitest (the CLI, the bench, the tests): `launchTsWorker`, the default, which runs the
//   .ts entry through tsx's loader (see tsSourceWorker.ts for why it needs a bootstrap).
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
import { tsSourceWorker } from './tsSourceWorker'

/** Starts one worker with the setup as its workerData. */
export type CreateWorker = (setup: AccumulatorSetup) => Worker

/** A launcher for a worker script Node can run as it is (a built .js/.mjs file). */
export function workerFromScript(script: string | URL): CreateWorker {
  return (setup) => new Worker(script, { workerData: setup })
}

/** The default: accumulatorWorker.ts next to this file, run through tsx's loader. */
export const launchTsWorker: CreateWorker = (setup) =>
  tsSourceWorker(new URL('./accumulatorWorker.ts', import.meta.url), { workerData: setup })
