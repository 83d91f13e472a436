// What crosses the desktop app's bridge: LabApi, with every whole session in its wire shape (its
// cell texts packed: ./session/packedTexts.ts). The bridge's copies run on the page's thread:
// contextBridge's into the preload's world, the preload's size check, V8's serializer for
// Electron's IPC (and V8's deserializer, contextBridge's copy on the way back). For a 100,000 x 8
// session keeping a text per label, the size check and the serializer alone took 41 ms with the
// texts as 100,000 small [row, text] arrays, 15 ms packed, packing included (npm run bench --
// --sessions). The renderer's adapter (platform/electron.ts) packs before the bridge and unpacks
// after it, so the stores see LabApi; main's schemas unpack what they checked, and main packs
// what it answers (main/ipcAnswers.ts) and sends (main/rendererEvents.ts).
import type { ApiResult, DocumentEvent, DocumentName, LabApi, OpenedDocument } from './contract'
import { packSession, unpackSession, type WireSession } from './session/packedTexts'

type SessionDocument = Extract<OpenedDocument, { kind: 'session' }>

/** An opened document as it crosses: a session's texts packed. */
export type WireOpenedDocument =
  | Exclude<OpenedDocument, SessionDocument>
  | (Omit<SessionDocument, 'session'> & { session: WireSession })

/** A document event as it crosses: a restored session's texts packed. */
export type WireDocumentEvent =
  Exclude<DocumentEvent, { kind: 'restored' }> | { kind: 'restored'; document: WireOpenedDocument }

type OpenedAnswer = ApiResult<OpenedDocument | null>
type WireOpenedAnswer = ApiResult<WireOpenedDocument | null>

/** LabApi's methods that carry a whole session, one way or the other. */
type SessionMethod =
  | 'saveSession'
  | 'backupSession'
  | 'openDocument'
  | 'answerOpen'
  | 'openDroppedFile'
  | 'answerRecovery'
  | 'onDocumentEvent'

/** window.labApi in the desktop app, as the preload exposes it: exactly what crosses. */
export interface ElectronBridge extends Omit<LabApi, SessionMethod> {
  saveSession(
    session: WireSession,
    options: { as: boolean }
  ): Promise<ApiResult<DocumentName | null>>
  backupSession(session: WireSession): Promise<ApiResult<null>>
  openDocument(): Promise<WireOpenedAnswer>
  answerOpen(token: string, accept: boolean): Promise<WireOpenedAnswer>
  openDroppedFile(file: File): Promise<WireOpenedAnswer>
  answerRecovery(restore: boolean): Promise<WireOpenedAnswer>
  onDocumentEvent(listener: (event: WireDocumentEvent) => void): () => void
}

export function wireOpened(document: OpenedDocument): WireOpenedDocument {
  return document.kind === 'session'
    ? { ...document, session: packSession(document.session) }
    : document
}

export function openedFromWire(document: WireOpenedDocument): OpenedDocument {
  return document.kind === 'session'
    ? { ...document, session: unpackSession(document.session) }
    : document
}

export function wireOpenedAnswer(answer: OpenedAnswer): WireOpenedAnswer {
  return answer.ok ? { ok: true, value: answer.value && wireOpened(answer.value) } : answer
}

export function openedAnswerFromWire(answer: WireOpenedAnswer): OpenedAnswer {
  return answer.ok ? { ok: true, value: answer.value && openedFromWire(answer.value) } : answer
}

export function wireDocumentEvent(event: DocumentEvent): WireDocumentEvent {
  return event.kind === 'restored' ? { ...event, document: wireOpened(event.document) } : event
}

export function documentEventFromWire(event: WireDocumentEvent): DocumentEvent {
  return event.kind === 'restored' ? { ...event, document: openedFromWire(event.document) } : event
}
