// The buffers of a session's table that a message to or from the documents worker moves rather
// than copies. A 100,000 x 8 table is 7 MB of columns: structured-cloning them took ~50 ms of the
// page's thread at each backup (the window stalls), moving them takes none. A session sent to be
// saved or backed up is the caller's own copy, built for that one call (the document store's
// buildSession); a session the worker decoded is its own. Only a column that spans its whole
// buffer is moved: a view into a larger buffer may share it with something still in use.
import type { Session } from '@shared/session'
import type { DocumentReply, DocumentRequest } from './webDocumentProtocol'

function columnBuffers(session: Session): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const column of session.data.columns) {
    const { buffer } = column
    const whole = column.byteOffset === 0 && column.byteLength === buffer.byteLength
    if (whole && buffer instanceof ArrayBuffer && buffer.byteLength > 0) buffers.add(buffer)
  }
  return [...buffers]
}

/** What a request to the worker moves: the columns of a session to encode or back up. */
export function requestTransfer(request: DocumentRequest): ArrayBuffer[] {
  return request.op === 'encode' || request.op === 'backup' ? columnBuffers(request.session) : []
}

/** What the worker's answer moves: the columns of a session it decoded or restored. */
export function replyTransfer({ response }: DocumentReply): ArrayBuffer[] {
  if (!response.ok) return []
  if (response.op === 'decode') return columnBuffers(response.session)
  if (response.op === 'restore' && response.found !== null) {
    return columnBuffers(response.found.session)
  }
  return []
}
