// The session codec's worker thread: encodes and decodes big sessions off main's thread, so
// that saving a 100,000 x 8 session (~200 ms of encoding) does not hold up every window's IPC
// and frames. electron-vite bundles it as its own file (workerFactory imports it `?modulePath`).
import { parentPort } from 'node:worker_threads'
import { runCodecJob, transferablesOf } from './codecJobs'
import type { CodecReply, CodecRequest } from './codecMessages'

if (parentPort === null) throw new Error('the codec worker must run as a worker thread')
const port = parentPort

port.on('message', ({ id, job }: CodecRequest) => {
  let reply: CodecReply
  try {
    const outcome = runCodecJob(job)
    reply = { id, outcome }
    port.postMessage(reply, transferablesOf(outcome))
  } catch (error) {
    // Only a fault of the codec gets here (it returns every refusal); main logs and reports it.
    reply = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }
    port.postMessage(reply)
  }
})
