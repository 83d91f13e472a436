// Start-up, as a table of contents: each area of the desktop shell sets itself up in one call.
import { app, BrowserWindow } from 'electron'
import { unwiredDocuments } from './documents/unwiredDocuments'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { setupPageRecovery } from './pageRecovery'
import { registerAppProtocol, serveRenderer } from './protocol'
import { setupSecurity } from './security'
import { setupTraining } from './trainingBridge'
import { createMainWindow, loadRenderer } from './window'
import { createTrainingWorker } from './workerFactory'

registerAppProtocol() // before ready: a scheme's privileges are fixed at start-up

function openWindow(): void {
  loadRenderer(createMainWindow()).catch((error: unknown) => {
    console.error('The window could not load the app', error)
  })
}

app
  .whenReady()
  .then(() => {
    serveRenderer()
    setupSecurity()
    const training = setupTraining(createTrainingWorker)
    const menu = setupMenu()
    setupIpc(training, menu, unwiredDocuments())
    setupPageRecovery(menu.locale)
    openWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })
  .catch((error: unknown) => {
    console.error('Logit Lab could not start', error)
    app.exit(1)
  })

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
