// A training worker that breaks: the real one, except that a pause command makes the thread
// throw an uncaught exception mid-run (as a bug in the worker would).
import { parentPort } from 'node:worker_threads'
import { createRunnerHost } from '@core/runnerHost'
import type { ToWorker } from '@core/runnerProtocol'

const port = parentPort as NonNullable<typeof parentPort>
const host = createRunnerHost((message, transfer) => port.postMessage(message, transfer))
port.on('message', (message: ToWorker) => {
  if (message.type === 'command' && message.command.kind === 'pause') {
    throw new Error('boom: the training worker broke')
  }
  host.handle(message)
})
