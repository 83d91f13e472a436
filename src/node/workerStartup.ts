// Starting a parallel accumulator's workers: all of them ready, or none left running.
import type { Worker } from 'node:worker_threads'
import type { AccumulatorSetup } from './accumulatorLayout'
import type { CreateWorker } from './workerLauncher'

export interface StartedWorkers {
  workers: Worker[]
  /** One per worker, resolved with its exit code once it has exited. */
  exits: Promise<number>[]
}

/** Resolves when the worker posts 'ready'; rejects if it fails or exits first. */
function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      if (message !== 'ready') return
      cleanUp()
      resolve()
    }
    const onError = (error: Error): void => {
      cleanUp()
      reject(error)
    }
    const onExit = (code: number): void => {
      cleanUp()
      reject(new Error(`a parallel accumulator worker exited with code ${code} while starting`))
    }
    const cleanUp = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
  })
}

export async function startWorkers(
  setups: AccumulatorSetup[],
  createWorker: CreateWorker
): Promise<StartedWorkers> {
  const workers: Worker[] = []
  const exits: Promise<number>[] = []
  try {
    for (const setup of setups) {
      const worker = createWorker(setup)
      workers.push(worker)
      exits.push(new Promise((resolve) => worker.once('exit', resolve)))
    }
    await Promise.all(workers.map(ready))
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()))
    throw error
  }
  return { workers, exits }
}
