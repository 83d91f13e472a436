// A parallel accumulator's worker: waits for each epoch's generation number, sums its blocks of
// rows with the same kernel as the calling thread, says it is done, and waits again. It never
// returns to its event loop while serving, so it is stopped through the shared STOP flag.
import { parentPort, workerData } from 'node:worker_threads'
import { writeBlockSums } from '../core/kernel'
import {
  CONTROL,
  SPINS,
  recordFailure,
  waitForChange,
  type AccumulatorSetup
} from './accumulatorLayout'

const setup = workerData as AccumulatorSetup
const control = new Int32Array(setup.control)
const inputs = new Float64Array(setup.inputs)
const params = inputs.subarray(0, setup.d + 1)
const rows = { x: new Float64Array(setup.x), y: new Float64Array(setup.y), d: setup.d }
const blockSums = new Float64Array(setup.blockSums)

/** Serves epochs after `seen`, the generation read before saying ready (so none is missed). */
function serve(seen: number): void {
  for (;;) {
    waitForChange(control, CONTROL.generation, seen, SPINS)
    const generation = Atomics.load(control, CONTROL.generation)
    if (generation === seen) continue
    seen = generation
    if (Atomics.load(control, CONTROL.stop) !== 0) return
    try {
      const threshold = inputs[setup.d + 1]
      writeBlockSums(rows, params, threshold, setup.firstBlock, setup.endBlock, blockSums)
    } catch (error) {
      // The calling thread is blocked waiting for us: tell it through shared memory, then stop.
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
      recordFailure(control, new Uint8Array(setup.failure), text)
      Atomics.add(control, CONTROL.done, 1)
      Atomics.notify(control, CONTROL.done)
      return
    }
    Atomics.add(control, CONTROL.done, 1)
    Atomics.notify(control, CONTROL.done)
  }
}

const initial = Atomics.load(control, CONTROL.generation)
parentPort?.postMessage('ready')
serve(initial)
