// The bridge: exposes LabApi's named methods and nothing else. No ipcRenderer, no IPC event
// object, no process.env ever reaches the page. Sandboxed preloads are CommonJS and cannot
// require our other files, so this imports only 'electron', type-only modules, the channel names
// and the payload size check (plain constants and a loop, bundled into out/preload/index.cjs).
// Sessions arrive packed (ElectronBridge): the page's adapter packed them, and they pass through.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  eventChannels,
  invokeChannels,
  type EventMethod,
  type EventPayload,
  type InvokeMethod,
  type InvokePayloads,
  type InvokeResult
} from '@shared/channels'
import type { ElectronBridge } from '@shared/bridge'
import { isWithinPayloadSize, tooLargeError } from '@shared/payloadSize'

function request<M extends InvokeMethod>(
  method: M,
  payload: InvokePayloads[M]
): Promise<InvokeResult<M>> {
  // Main would refuse it too, but only after Electron copied it across: refuse it here first.
  if (!isWithinPayloadSize(payload)) {
    return Promise.resolve({ ok: false, error: tooLargeError() } as InvokeResult<M>)
  }
  return ipcRenderer.invoke(invokeChannels[method], payload)
}

function subscribe<M extends EventMethod>(
  method: M,
  listener: (payload: EventPayload<M>) => void
): () => void {
  const channel = eventChannels[method]
  // The page gets the payload only, never the event (whose sender is ipcRenderer itself).
  const forward = (_event: IpcRendererEvent, payload: EventPayload<M>): void => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => {
    ipcRenderer.removeListener(channel, forward)
  }
}

const labApi: ElectronBridge = {
  platform: 'electron',
  train: (trainRequest) => request('train', trainRequest),
  command: (runId, command) => request('command', { runId, command }),
  onFrame: (listener) => subscribe('onFrame', listener),
  onMenuCommand: (listener) => subscribe('onMenuCommand', listener),
  setPreferences: (preferences) => request('setPreferences', preferences),
  openExternal: (url) => request('openExternal', { url }),
  saveSession: (session, { as }) => request('saveSession', { session, as }),
  openDocument: () => request('openDocument', {}),
  answerOpen: (token, accept) => request('answerOpen', { token, accept }),
  // The page hands over the File; only here, out of its reach, does it become a path for main.
  openDroppedFile: (file) => request('openDroppedFile', { path: webUtils.getPathForFile(file) }),
  newDocument: () => request('newDocument', {}),
  backupSession: (session) => request('backupSession', { session }),
  setDocumentState: (state) => request('setDocumentState', state),
  answerClose: (token, close) => request('answerClose', { token, close }),
  answerRecovery: (restore) => request('answerRecovery', { restore }),
  exportFile: (file) => request('exportFile', file),
  printReport: (report) => request('printReport', report),
  onDocumentEvent: (listener) => subscribe('onDocumentEvent', listener)
}

contextBridge.exposeInMainWorld('labApi', labApi)
