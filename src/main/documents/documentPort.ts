// The ten document requests, for main's IPC (which has validated each payload and its sender).
import type { DocumentPort } from '../requestHandlers'
import type { DocumentDeps } from './documentDeps'
import { openingHandlers } from './openingHandlers'
import { savingHandlers } from './savingHandlers'
import { windowHandlers } from './windowHandlers'

export function createDocumentPort(deps: DocumentDeps): DocumentPort {
  return { ...savingHandlers(deps), ...openingHandlers(deps), ...windowHandlers(deps) }
}
