// A codec worker that dies on its first job, as one out of memory would.
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', () => process.exit(3))
