// The desktop edition: the preload's bridge, method by method (so a bridge that lacks one fails
// here, loudly, rather than somewhere in a component). A session to save or back up is packed
// here, in the page's own world, before the bridge copies it, and one main opened or restored is
// unpacked here after it (@shared/bridge says why).
import { documentEventFromWire, openedAnswerFromWire, type ElectronBridge } from '@shared/bridge'
import type { LabApi } from '@shared/contract'
import { packSession } from '@shared/session/packedTexts'

export function createElectronLabApi(bridge: ElectronBridge): LabApi {
  return {
    platform: 'electron',
    train: (request) => bridge.train(request),
    command: (runId, command) => bridge.command(runId, command),
    onFrame: (listener) => bridge.onFrame(listener),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setPreferences: (preferences) => bridge.setPreferences(preferences),
    // eng-disable OPEN_EXTERNAL_JS_CHECK: the preload's allow-listed request, not Electron's shell
    openExternal: (url) => bridge.openExternal(url),
    saveSession: (session, options) => bridge.saveSession(packSession(session), options),
    openDocument: async () => openedAnswerFromWire(await bridge.openDocument()),
    answerOpen: async (token, accept) =>
      openedAnswerFromWire(await bridge.answerOpen(token, accept)),
    openDroppedFile: async (file) => openedAnswerFromWire(await bridge.openDroppedFile(file)),
    newDocument: () => bridge.newDocument(),
    backupSession: (session) => bridge.backupSession(packSession(session)),
    setDocumentState: (state) => bridge.setDocumentState(state),
    answerClose: (token, close) => bridge.answerClose(token, close),
    answerRecovery: async (restore) => openedAnswerFromWire(await bridge.answerRecovery(restore)),
    exportFile: (file) => bridge.exportFile(file),
    printReport: (request) => bridge.printReport(request),
    onDocumentEvent: (listener) =>
      bridge.onDocumentEvent((event) => listener(documentEventFromWire(event)))
  }
}
