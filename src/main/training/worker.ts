// The training worker thread: runs the core runner for the main process. electron-vite bundles
// it as its own file (main imports it with `?modulePath`); the protocol is src/core/runnerProtocol.
// Large full-batch runs get a parallel accumulator (the rows split across the cores); its own
// worker script comes from main through workerData (a built file), or, from source under tsx
// (tests, bench), through tsx.
import { parentPort, workerData } from 'node:worker_threads'
import type { AccumulatorLease } from '@core/runnerHost'
import { createRunnerHost } from '@core/runnerHost'
import { startAccumulator } from '../../node/accumulatorChoice'
import { launchTsWorker, workerFromScript } from '../../node/workerLauncher'
import type { TrainingWorkerData } from './workerData'

if (parentPort === null) throw new Error('the training worker must run as a worker thread')
const port = parentPort

const script = (workerData as TrainingWorkerData | undefined)?.accumulatorWorker
const createWorker = script ? workerFromScript(script) : launchTsWorker

const host = createRunnerHost((message, transfer) => port.postMessage(message, transfer), {
  accumulatorFor: async (data, config): Promise<AccumulatorLease | undefined> => {
    try {
      const accumulator = await startAccumulator(data, { config, createWorker })
      if (!accumulator) return undefined
      return { accumulator, rows: accumulator.dataset, release: () => void accumulator.dispose() }
    } catch (error) {
      // The run still trains, on one thread, to the same numbers; say why it is slower.
      console.warn(
        'Logit Lab: training on one thread, the parallel accumulator did not start:',
        error
      )
      return undefined
    }
  }
})
port.on('message', host.handle)
