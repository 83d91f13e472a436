// The only module that touches ipcMain. Every request arrives as `unknown`: the sender is checked,
// the payload is parsed with its schema (which unpacks a session's texts), and only then does a
// handler (and so a service) run; its answer crosses back in the bridge's shape (./ipcAnswers.ts).
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import {
  invokeChannels,
  type InvokeMethod,
  type RequestPayloads,
  type RequestResult
} from '@shared/channels'
import type { ReportRequest } from '@shared/contract'
import { parseRequest } from '@shared/validation'
import { answerWires } from './ipcAnswers'
import type { MenuControl } from './menu'
import { createRequestHandlers, type DocumentPort, type TrainingPort } from './requestHandlers'
import { printReport } from './report/printReport'
import { openAllowedExternal } from './security'
import { isTrustedSender } from './senderGuard'

/** What each request does once its payload passed: LabApi's values in, LabApi's values out. */
export type RequestHandlers = {
  [M in InvokeMethod]: (ownerId: number, payload: RequestPayloads[M]) => Promise<RequestResult<M>>
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/** The app's wiring: requests from our windows to training, the menu and the system browser. */
export function setupIpc(
  training: TrainingPort,
  menu: MenuControl,
  documents: DocumentPort
): () => void {
  const shell = {
    setMenuPreferences: menu.setPreferences,
    openAllowedLink: openAllowedExternal,
    // The Save dialog speaks the menu's language, which follows the window's.
    printReport: (owner: number, request: ReportRequest) =>
      printReport(owner, request, menu.locale())
  }
  return registerIpcHandlers(createRequestHandlers(training, shell, documents), isTrustedSender)
}

/** Registers one handler per request channel; returns a function that removes them all. */
export function registerIpcHandlers(handlers: RequestHandlers, isTrusted: SenderCheck): () => void {
  const methods = Object.keys(invokeChannels) as InvokeMethod[]
  for (const method of methods) register(method, handlers[method], isTrusted)
  return () => methods.forEach((method) => ipcMain.removeHandler(invokeChannels[method]))
}

function register<M extends InvokeMethod>(
  method: M,
  handler: RequestHandlers[M],
  isTrusted: SenderCheck
): void {
  ipcMain.handle(invokeChannels[method], async (event, payload: unknown) => {
    // A foreign sender learns nothing and starts nothing.
    if (!isTrusted(event)) throw new Error(`${invokeChannels[method]}: untrusted sender`)
    const parsed = parseRequest(method, payload)
    if (!parsed.ok) return parsed
    try {
      return answerWires[method](await handler(event.sender.id, parsed.value))
    } catch (error) {
      console.error(`${invokeChannels[method]} failed`, error)
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message } }
    }
  })
}
