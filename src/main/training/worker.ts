// The training worker thread: runs the core runner for the main process. electron-vite bundles
// it as its own file (main imports it with `?modulePath`); the protocol is src/core/runnerProtocol.
import { parentPort } from 'node:worker_threads'
import { createRunnerHost } from '../../core/runnerHost'

if (parentPort === null) throw new Error('the training worker must run as a worker thread')
const port = parentPort

const host = createRunnerHost((message, transfer) => port.postMessage(message, transfer))
port.on('message', host.handle)
