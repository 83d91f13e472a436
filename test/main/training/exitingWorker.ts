// A training worker that quits: the real one, except that a pause command ends the thread with
// exit code 3 (as process.exit in a library it used would), without an exception to report.
import { parentPort } from 'node:worker_threads'
import { createRunnerHost } from '@core/runnerHost'
import type { ToWorker } from '@core/runnerProtocol'

const port = parentPort as NonNullable<typeof parentPort>
const host = createRunnerHost((message, transfer) => port.postMessage(message, transfer))
port.on('message', (message: ToWorker) => {
  if (message.type === 'command' && message.command.kind === 'pause') process.exit(3)
  host.handle(message)
})
