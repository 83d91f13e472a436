// A parallel accumulator's worker: waits for each epoch's generation number, claims and sums
// row blocks with the same kernel as the calling thread until none are left, and waits again.
// It never returns to its event loop while serving, so it is stopped through the shared STOP flag.
import { parentPort, workerData } from 'node:worker_threads'
import {
  CONTROL,
  SPINS,
  recordFailure,
  waitForChange,
  type AccumulatorSetup
} from './accumulatorLayout'
import { sumClaimedBlocks, viewEpoch } from './blockClaims'

const epoch = viewEpoch(workerData as AccumulatorSetup)
const { control } = epoch

/** Serves epochs after `seen`, the generation read before saying ready (so none is missed). */
function serve(seen: number): void {
  for (;;) {
    waitForChange(control, CONTROL.generation, seen, SPINS)
    const generation = Atomics.load(control, CONTROL.generation)
    if (generation === seen) continue
    seen = generation
    if (Atomics.load(control, CONTROL.stop) !== 0) return
    try {
      sumClaimedBlocks(epoch)
    } catch (error) {
      // The calling thread is waiting for our blocks: tell it through shared memory, then stop.
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
      recordFailure(control, epoch.failure, text)
      Atomics.notify(control, CONTROL.completed)
      return
    }
  }
}

const initial = Atomics.load(control, CONTROL.generation)
parentPort?.postMessage('ready')
serve(initial)
