// Live training in the desktop app: one TrainingService for all windows, frames going back to
// the window that started the run, and a window's runs ended when it closes, reloads or crashes.
import { app, type WebContents } from 'electron'
import type { Worker } from 'node:worker_threads'
import { TrainingService } from './training/service'
import { sendFrame } from './rendererEvents'

export function setupTraining(createWorker: () => Worker): TrainingService {
  const service = new TrainingService({ createWorker, sendFrame })
  app.on('web-contents-created', (_event, contents) => endRunsWithPage(service, contents))
  app.on('will-quit', () => {
    service.dispose().catch((error: unknown) => console.error('Stopping training failed', error))
  })
  return service
}

function endRunsWithPage(service: TrainingService, contents: WebContents): void {
  const ownerId = contents.id // read now: a destroyed web contents has no id to read
  contents.on('destroyed', () => service.disposeOwner(ownerId))
  // A renderer that died leaves a blank window whose run would go on training on every core.
  contents.on('render-process-gone', () => service.disposeOwner(ownerId))
  contents.on('did-start-navigation', (details) => {
    // A reload gives a new page that knows nothing of the old page's run.
    if (details.isMainFrame && !details.isSameDocument) service.disposeOwner(ownerId)
  })
}
