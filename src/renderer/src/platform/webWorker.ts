// The web edition's training worker: the same runner and protocol as the desktop app's Node
// worker (src/main/training/worker.ts), hosted by a Web Worker.
import { createRunnerHost } from '@core/runnerHost'

const host = createRunnerHost((message, transfer) => self.postMessage(message, { transfer }))

self.addEventListener('message', (event: MessageEvent) => host.handle(event.data))
