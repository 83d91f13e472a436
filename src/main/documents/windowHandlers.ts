// The window's side of its document: backups as the page keeps its work, the title and
// unsaved-changes flag, and the answers to main's close and recovery questions.
import { basename } from 'node:path'
import type { DocumentProblem } from '@shared/contract'
import type { DocumentPort } from '../requestHandlers'
import type { DocumentDeps } from './documentDeps'
import { failed, ok, unknownToken } from './documentResults'
import { sessionFileName } from './fileNames'

type WindowMethod = 'backupSession' | 'setDocumentState' | 'answerClose' | 'answerRecovery'

export function windowHandlers(deps: DocumentDeps): Pick<DocumentPort, WindowMethod> {
  /** A backup's problem names the window's document, not the backup's own file. */
  const aboutDocument = (owner: number, title: string, problem: DocumentProblem) => ({
    ...problem,
    fileName: deps.windows.fileName(owner) ?? sessionFileName(title, deps.untitled())
  })

  return {
    async backupSession(owner, { session }) {
      const kept = await deps.backups.keep(owner, session)
      return kept.ok ? ok(null) : failed(aboutDocument(owner, session.title, kept.problem))
    },

    async setDocumentState(owner, state) {
      deps.windows.setState(owner, state)
      return ok(null)
    },

    async answerClose(owner, { token, close }) {
      return deps.closes.answer(owner, token, close) ? ok(null) : unknownToken()
    },

    async answerRecovery(owner, { restore }) {
      const offered = deps.offers.get(owner)
      deps.offers.delete(owner)
      if (!offered) return ok(null) // nothing offered (or answered already)
      if (!restore) {
        await deps.backups.remove(owner, offered.id)
        return ok(null)
      }
      const kept = await deps.backups.readSession(offered.id)
      if (!kept.ok) return failed(aboutDocument(owner, offered.manifest.title, kept.problem))
      const { filePath } = offered.manifest
      deps.backups.adopt(owner, offered)
      deps.windows.adopt(owner, filePath, { title: kept.value.title, dirty: true })
      const fileName = filePath === null ? null : basename(filePath)
      return ok({ kind: 'session', session: kept.value, fileName, dirty: true })
    }
  }
}
