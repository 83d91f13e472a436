// What the start-up finds: temp files left by saves that were killed are swept (in the backups
// folder all of them, beside the user's files only those of files the app wrote, once old enough
// not to be another program's save in progress); the recent list survives a restart and a
// hand-edited file.
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempNameFor } from '../../../src/node/tempNames'
import { sweepBackupFolder, sweepUserFolders } from '../../../src/main/documents/sweepLeftovers'
import { DocumentFiles } from '../../../src/main/files/documentFiles'
import { nodeFileSystem } from '../../../src/main/files/fileSystem'
import { RecentDocuments, MAX_RECENT } from '../../../src/main/files/recentDocuments'
import { sessionCodec } from '../../../src/main/files/sessionCodec'
import { useTempDir } from '../../support/tempDir'

const temp = useTempDir('leftovers')
let folders = 0
const HOUR = 3_600_000

function folderWith(names: string[], ageMs = 0): string {
  const folder = temp.path(`case-${folders++}`)
  mkdirSync(folder)
  const at = (Date.now() - ageMs) / 1000
  for (const name of names) {
    writeFileSync(join(folder, name), 'x')
    utimesSync(join(folder, name), at, at)
  }
  return folder
}

describe('the temp-file sweep', () => {
  it('removes every temp file in the backups folder, and nothing else', async () => {
    const leftover = tempNameFor('0123456789abcdef.logitlab')
    const folder = folderWith(['0123456789abcdef.logitlab', '0123456789abcdef.json', leftover])
    expect(await sweepBackupFolder(nodeFileSystem, folder, Date.now())).toBe(1)
    expect(readdirSync(folder).sort()).toEqual([
      '0123456789abcdef.json',
      '0123456789abcdef.logitlab'
    ])
  })

  it("beside the user's files removes old temp files of files the app wrote only", async () => {
    const ours = tempNameFor('lab.logitlab')
    const theirs = tempNameFor('thesis.docx')
    const folder = folderWith(['lab.logitlab', ours, theirs, '.hidden'], HOUR)
    const removed = await sweepUserFolders(
      nodeFileSystem,
      [join(folder, 'lab.logitlab')],
      Date.now()
    )
    expect(removed).toBe(1)
    expect(readdirSync(folder).sort()).toEqual(['.hidden', theirs, 'lab.logitlab'].sort())
  })

  it('leaves a temp file a few minutes old: another program may be saving it now', async () => {
    const fresh = tempNameFor('lab.logitlab')
    const folder = folderWith(['lab.logitlab', fresh], 60_000)
    expect(await sweepUserFolders(nodeFileSystem, [join(folder, 'lab.logitlab')], Date.now())).toBe(
      0
    )
    expect(readdirSync(folder)).toContain(fresh)
  })

  it('passes over a folder that is gone', async () => {
    const gone = join(temp.path('nowhere'), 'lab.logitlab')
    expect(await sweepUserFolders(nodeFileSystem, [gone], Date.now())).toBe(0)
  })
})

describe('the recent documents', () => {
  const files = new DocumentFiles({ codec: sessionCodec(null), appVersion: '0.1.0' })

  it('come back after a restart, most recent first, at most ten', async () => {
    const list = temp.path(`recent-${folders++}.json`)
    const recent = new RecentDocuments(list, files)
    for (let i = 0; i < MAX_RECENT + 3; i++) recent.add(`/home/t/lab${i}.logitlab`)
    recent.add('/home/t/lab5.logitlab')
    await recent.persisted()
    const again = new RecentDocuments(list, files)
    await again.load(nodeFileSystem)
    expect(again.list()).toHaveLength(MAX_RECENT)
    expect(again.list().slice(0, 3)).toEqual([
      '/home/t/lab5.logitlab',
      '/home/t/lab12.logitlab',
      '/home/t/lab11.logitlab'
    ])
  })

  it('tell the shell what changed, for the OS list and the menu', async () => {
    const changes: unknown[] = []
    const recent = new RecentDocuments(temp.path(`recent-${folders++}.json`), files, (change) =>
      changes.push(change)
    )
    recent.add('/home/t/a.logitlab')
    recent.remove('/home/t/a.logitlab')
    recent.remove('/home/t/never.logitlab')
    recent.clear()
    expect(changes).toEqual([
      { kind: 'added', path: '/home/t/a.logitlab' },
      { kind: 'removed' },
      { kind: 'cleared' }
    ])
    await recent.persisted()
  })

  it('start empty from a list that is not what it should be', async () => {
    const list = temp.path(`recent-${folders++}.json`)
    writeFileSync(list, JSON.stringify({ version: 1, recent: [42], written: [] }))
    const recent = new RecentDocuments(list, files)
    await recent.load(nodeFileSystem)
    expect(recent.list()).toEqual([])
  })
})
