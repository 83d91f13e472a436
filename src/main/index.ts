// Start-up, as a table of contents: each area of the desktop shell sets itself up in one call.
import { app, BrowserWindow } from 'electron'
import { setupDocuments } from './documentsSetup'
import { collectExternalOpens, type ExternalOpens } from './externalOpens'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { setupPageRecovery } from './pageRecovery'
import { registerAppProtocol, serveRenderer } from './protocol'
import { setupSecurity } from './security'
import { setupTraining } from './trainingBridge'
import { createCodecWorker, createTrainingWorker } from './workerFactory'

registerAppProtocol() // before ready: a scheme's privileges are fixed at start-up

async function start(externalOpens: ExternalOpens): Promise<void> {
  serveRenderer()
  setupSecurity()
  const training = setupTraining(createTrainingWorker)
  const menu = setupMenu()
  const documents = await setupDocuments(menu, createCodecWorker)
  setupIpc(training, menu, documents.port)
  setupPageRecovery(menu.locale)
  for (let i = 0; i < documents.windowsAtStart; i++) documents.openWindow()
  externalOpens.deliverTo(documents)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) documents.openWindow()
  })
}

// One Logit Lab at a time: a second launch hands its files to the first one and quits.
if (app.requestSingleInstanceLock()) {
  const externalOpens = collectExternalOpens() // before ready: macOS may hand over a file early
  app
    .whenReady()
    .then(() => start(externalOpens))
    .catch((error: unknown) => {
      console.error('Logit Lab could not start', error)
      app.exit(1)
    })
} else app.quit()

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
