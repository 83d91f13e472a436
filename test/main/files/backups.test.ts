// Backups in the app's data folder with real files: a burst of changes costs at most two writes
// and the last one wins; the manifest says which file the work belongs to and how the window
// ended; removal leaves nothing the next start would offer; a hand-edited manifest is ignored.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Session } from '@shared/session'
import { BackupStore } from '../../../src/main/files/backupStore'
import { DocumentFiles } from '../../../src/main/files/documentFiles'
import { nodeFileSystem } from '../../../src/main/files/fileSystem'
import { sessionCodec } from '../../../src/main/files/sessionCodec'
import { WindowBackup, type BackupFacts } from '../../../src/main/files/windowBackup'
import { trainedToySession } from '../../shared/session/documents'
import { toySession } from '../../shared/session/sessionFixtures'
import { useTempDir } from '../../support/tempDir'

const temp = useTempDir('backups')
let folders = 0

function store(): { store: BackupStore; writes: () => number } {
  const folder = temp.path(`backups-${folders++}`)
  const files = new DocumentFiles({ codec: sessionCodec(null), appVersion: '0.1.0' })
  let writes = 0
  const counting = new DocumentFiles({ codec: sessionCodec(null), appVersion: '0.1.0' })
  counting.saveSession = (path, session) => {
    writes++
    return files.saveSession(path, session)
  }
  return { store: new BackupStore(folder, counting, nodeFileSystem), writes: () => writes }
}

const titled = (title: string): Session => ({ ...toySession(), title })
const facts =
  (filePath: string | null = null, dirty = true): (() => BackupFacts) =>
  () => ({
    filePath,
    dirty,
    cleanExit: false
  })

describe('a window backup', () => {
  it('keeps the last of a burst of changes, in at most two writes', async () => {
    const { store: backups, writes } = store()
    const backup = new WindowBackup(backups, backups.newId(), facts())
    const kept = ['one', 'two', 'three', 'four', 'five'].map((title) => backup.keep(titled(title)))
    const results = await Promise.all(kept)
    expect(results.every((result) => result.ok)).toBe(true)
    expect(writes()).toBe(2)
    const listed = await backups.list()
    expect(listed).toHaveLength(1)
    expect(listed[0].manifest).toMatchObject({ title: 'five', dirty: true, cleanExit: false })
    const session = await backups.readSession(listed[0].id)
    expect(session.ok && session.value.title).toBe('five')
  })

  it('keeps a trained session whole', async () => {
    const { store: backups } = store()
    const backup = new WindowBackup(backups, backups.newId(), facts('/home/t/lab.logitlab'))
    const session = trainedToySession()
    await backup.keep(session)
    expect(await backups.readSession(backup.id)).toEqual({ ok: true, value: session })
    const [listed] = await backups.list()
    expect(listed.manifest.filePath).toBe('/home/t/lab.logitlab')
  })

  it('leaves nothing to offer once discarded, even with a write under way', async () => {
    const { store: backups } = store()
    const backup = new WindowBackup(backups, backups.newId(), facts())
    void backup.keep(titled('a'))
    void backup.keep(titled('b'))
    await backup.discard()
    expect(await backups.list()).toEqual([])
    expect(readdirSync(backups.folder)).toEqual([])
  })

  it('remembers only the file of a window with nothing kept', async () => {
    const { store: backups } = store()
    const backup = new WindowBackup(backups, backups.newId(), facts('/home/t/lab.logitlab', false))
    backup.refresh()
    await backup.settled()
    const [listed] = await backups.list()
    expect(listed.manifest).toMatchObject({ filePath: '/home/t/lab.logitlab', savedAt: null })
  })
})

describe('the backups folder', () => {
  it('lists the most recently kept first, ignoring manifests that are not ours', async () => {
    const { store: backups } = store()
    const older = new WindowBackup(
      backups,
      backups.newId(),
      facts(),
      undefined,
      () => new Date(1e12)
    )
    const newer = new WindowBackup(
      backups,
      backups.newId(),
      facts(),
      undefined,
      () => new Date(2e12)
    )
    await older.keep(titled('older'))
    await newer.keep(titled('newer'))
    writeFileSync(join(backups.folder, '0123456789abcdef.json'), '{"version": 99}')
    writeFileSync(join(backups.folder, 'fedcba9876543210.json'), 'not json')
    const listed = await backups.list()
    expect(listed.map((backup) => backup.manifest.title)).toEqual(['newer', 'older'])
  })

  it('removes a session file whose manifest is gone (a removal cut short)', async () => {
    const { store: backups } = store()
    const backup = new WindowBackup(backups, backups.newId(), facts())
    await backup.keep(titled('half removed'))
    const manifest = join(backups.folder, `${backup.id}.json`)
    expect(JSON.parse(readFileSync(manifest, 'utf8'))).toMatchObject({ version: 1 })
    rmSync(manifest)
    expect(await backups.list()).toEqual([])
    expect(readdirSync(backups.folder)).toEqual([])
  })

  it('is made when missing, and starts empty', async () => {
    const { store: backups } = store()
    expect(existsSync(backups.folder)).toBe(false)
    expect(await backups.list()).toEqual([])
    expect(readdirSync(backups.folder)).toEqual([])
  })
})
