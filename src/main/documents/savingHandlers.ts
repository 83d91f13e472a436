// Saving the window's session (to its file, or through the Save dialog the first time and for
// Save As) and exports (always through the Save dialog): both written atomically, as both are
// the user's files.
import { basename, join } from 'node:path'
import { SESSION_FILE_EXTENSION } from '@shared/session'
import type { DocumentPort } from '../requestHandlers'
import type { DocumentDeps } from './documentDeps'
import { failed, ok } from './documentResults'
import { EXPORT_EXTENSIONS, withExtension } from './fileNames'

export function savingHandlers(
  deps: DocumentDeps
): Pick<DocumentPort, 'saveSession' | 'exportFile'> {
  return {
    async saveSession(owner, { session, as }) {
      const { path } = deps.windows.get(owner)
      const target = as || path === null ? await chooseTarget(deps, owner, session.title) : path
      if (target === null) return ok(null)
      const saved = await deps.files.saveSession(target, session)
      if (!saved.ok) return failed(saved.problem)
      // The renderer reports the unsaved-changes flag itself: it knows whether the work changed
      // while this save was under way.
      deps.windows.adopt(owner, target)
      deps.recent.add(target)
      deps.folders.remember(target)
      return ok({ fileName: basename(target) })
    },

    async exportFile(owner, { kind, suggestedName, content }) {
      const extension = EXPORT_EXTENSIONS[kind]
      const folder = deps.folders.folderFor(deps.windows.get(owner).path)
      const suggested = withExtension(join(folder, suggestedName), extension)
      const chosen = await deps.dialogs.chooseExportTarget(owner, kind, suggested)
      if (chosen === null) return ok(null)
      const target = withExtension(chosen, extension)
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
      const written = await deps.files.write(target, bytes)
      if (!written.ok) return failed(written.problem)
      deps.recent.noteWritten(target)
      deps.folders.remember(target)
      return ok({ fileName: basename(target) })
    }
  }
}

/** The Save dialog's choice for the window's session, with the extension; null: cancelled. */
async function chooseTarget(
  deps: DocumentDeps,
  owner: number,
  title: string
): Promise<string | null> {
  const suggested = deps.folders.sessionPath(deps.windows.get(owner).path, title, deps.untitled())
  const chosen = await deps.dialogs.chooseSessionToSave(owner, suggested)
  return chosen === null ? null : withExtension(chosen, SESSION_FILE_EXTENSION)
}
