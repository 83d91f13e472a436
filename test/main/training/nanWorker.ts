// The real training worker, with NaN put into the first weight just before epoch 300's forward
// pass (a saved state with NaN is refused before it reaches a worker, so it is injected here).
import { parentPort } from 'node:worker_threads'
import { accumulate } from '@core/kernel'
import { createRunnerHost } from '@core/runnerHost'

/** serviceFailures.test.ts expects this epoch. */
const NAN_EPOCH = 300

const port = parentPort as NonNullable<typeof parentPort>
const host = createRunnerHost((message, transfer) => port.postMessage(message, transfer), {
  accumulatorFor: ({ x, y, cols, rows }) => {
    let epoch = 0
    const accumulator = {
      accumulate(params: Float64Array, threshold: number, sums: Float64Array) {
        if (epoch++ === NAN_EPOCH) params[0] = Number.NaN
        accumulate({ x, y, d: cols }, params, threshold, null, 0, rows, sums)
      }
    }
    return { accumulator, release: () => undefined }
  }
})
port.on('message', host.handle)
