// What a window's page is offered as it loads: work from the last run (at start) or from before
// the page started over (a reload, after its renderer crashed). Work with unsaved changes whose
// window did not close normally is offered ('recoveryOffered': the page asks); anything else is
// the window as it was ('restored', no question): a document whose file holds it is read from
// that file (which may have changed since), the rest from the backup.
import { basename } from 'node:path'
import type { OpenedDocument } from '@shared/contract'
import type { StoredBackup } from '../files/backupStore'
import type { DocumentDeps } from './documentDeps'

type Restored = Extract<OpenedDocument, { kind: 'session' }>

export async function welcome(
  deps: DocumentDeps,
  owner: number,
  offered: StoredBackup
): Promise<void> {
  const { filePath, title, savedAt, cleanExit, dirty } = offered.manifest
  const fileName = filePath === null ? null : basename(filePath)
  if (!cleanExit && dirty && savedAt !== null) {
    deps.offers.set(owner, offered)
    deps.send(owner, { kind: 'recoveryOffered', title, savedAt, fileName })
    return
  }
  const document = await restoredDocument(deps, owner, offered, fileName)
  if (document === null) return
  deps.backups.adopt(owner, offered)
  deps.windows.adopt(owner, filePath, { title: document.session.title, dirty: document.dirty })
  deps.send(owner, { kind: 'restored', document })
}

async function restoredDocument(
  deps: DocumentDeps,
  owner: number,
  { id, manifest }: StoredBackup,
  fileName: string | null
): Promise<Restored | null> {
  if (manifest.filePath !== null && !manifest.dirty) {
    const opened = await deps.files.open(manifest.filePath)
    if (opened.ok && opened.value.kind === 'session') {
      return { kind: 'session', session: opened.value.session, fileName, dirty: false }
    }
    console.warn(`Cannot reopen ${manifest.filePath}; the backup takes its place`, opened)
  }
  const kept = manifest.savedAt === null ? null : await deps.backups.readSession(id)
  if (kept?.ok) {
    // Unsaved where its file could not be read: the page should offer to save it.
    const dirty = manifest.dirty || manifest.filePath !== null
    return { kind: 'session', session: kept.value, fileName, dirty }
  }
  // Kept for a newer Logit Lab to open; anything else here cannot be restored by any version.
  const problem = kept?.ok === false ? kept.problem : null
  if (problem?.kind === 'session' && problem.error.code === 'futureVersion') return null
  console.warn(`Backup ${id} holds nothing that opens; it is removed`, kept)
  await deps.backups.remove(owner, id)
  return null
}
