// Opening a document into a window: through the Open dialog, a file dropped on the window, or a
// file from outside (Open Recent, a double-click, a second launch, macOS's open-file) once the
// page has dealt with its unsaved changes and accepted it. A session's file becomes the window's
// file; a CSV goes to the page's import preview and leaves the window's file as it was.
import { basename, isAbsolute } from 'node:path'
import type { ApiResult, OpenedDocument } from '@shared/contract'
import { documentType } from '../files/documentFiles'
import { problemOf } from '../files/fileProblem'
import type { DocumentPort } from '../requestHandlers'
import type { DocumentDeps } from './documentDeps'
import { failed, ok, unknownToken } from './documentResults'

type OpeningMethod = 'openDocument' | 'answerOpen' | 'openDroppedFile' | 'newDocument'

export function openingHandlers(deps: DocumentDeps): Pick<DocumentPort, OpeningMethod> {
  return {
    async openDocument(owner) {
      const folder = deps.folders.folderFor(deps.windows.get(owner).path)
      const path = await deps.dialogs.chooseFileToOpen(owner, folder)
      return path === null ? ok(null) : openInto(deps, owner, path)
    },

    async answerOpen(owner, { token, accept }) {
      const path = deps.opens.take(owner, token)
      if (path === null) return unknownToken()
      return accept ? openInto(deps, owner, path) : ok(null)
    },

    async openDroppedFile(owner, { path }) {
      // The path came through the page's process: only a session or CSV file, named in full.
      if (!isAbsolute(path) || documentType(path) === 'other') {
        return failed(problemOf(basename(path), 'notSessionOrCsv'))
      }
      return openInto(deps, owner, path)
    },

    async newDocument(owner) {
      deps.windows.adopt(owner, null, { title: '', dirty: false })
      await deps.backups.discard(owner) // the page has dealt with the work it replaces
      return ok(null)
    }
  }
}

/** Offers the window a file from outside; the page answers with answerOpen. */
export function requestOpen(deps: DocumentDeps, owner: number, path: string): boolean {
  const token = deps.opens.issue(owner, path)
  return deps.send(owner, { kind: 'openRequested', token, fileName: basename(path) })
}

async function openInto(
  deps: DocumentDeps,
  owner: number,
  path: string
): Promise<ApiResult<OpenedDocument | null>> {
  const fileName = basename(path)
  const opened = await deps.files.open(path)
  if (!opened.ok) {
    const { problem } = opened
    if (problem.kind === 'file' && problem.reason === 'notFound') deps.recent.remove(path)
    return failed(problem)
  }
  deps.folders.remember(path)
  const { value } = opened
  if (value.kind === 'csv') return ok({ kind: 'csv', fileName, text: value.text })
  deps.windows.adopt(owner, path, { title: value.session.title, dirty: false })
  deps.recent.add(path)
  return ok({ kind: 'session', session: value.session, fileName, dirty: false })
}
