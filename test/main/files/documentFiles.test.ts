// The files service with real files: a session saved and opened again is the same session; a
// save that fails (read-only folder or file, full disk, folder removed, file locked) leaves the old
// file byte for byte and no temp file, and says why as data; an untrusted file is refused with
// the field or limit named, never an exception.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  chmodSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toyDataset } from '@core'
import { MAX_SESSION_DEPTH } from '@shared/limits'
import { SESSION_VERSION, type Session } from '@shared/session'
import { DocumentFiles } from '../../../src/main/files/documentFiles'
import { nodeFileSystem, type FileSystem } from '../../../src/main/files/fileSystem'
import { sessionCodec } from '../../../src/main/files/sessionCodec'
import { documentOf, trainedToySession, withValue, type Json } from '../../shared/session/documents'
import { sessionOf } from '../../shared/session/sessionFixtures'
import { useTempDir } from '../../support/tempDir'
import { faultyFileSystem, type Fault } from './faultyFileSystem'

const temp = useTempDir('document-files')
let folders = 0

function files(fs?: FileSystem, platform: NodeJS.Platform = 'linux'): DocumentFiles {
  const sleep = async (): Promise<void> => undefined
  return new DocumentFiles({
    codec: sessionCodec(null),
    appVersion: '0.1.0',
    fs,
    write: { platform, sleep }
  })
}

function freshFolder(): string {
  const folder = temp.path(`case-${folders++}`)
  mkdirSync(folder)
  return folder
}

describe('saving and opening a session', () => {
  it('opens what it saved: the same table, settings and run', async () => {
    const target = join(freshFolder(), 'lab.logitlab')
    const session = trainedToySession()
    expect(await files().saveSession(target, session)).toEqual({ ok: true, value: null })
    const opened = await files().open(target)
    expect(opened).toEqual({ ok: true, value: { kind: 'session', session } })
  })

  it('opens a CSV as text for the import preview, a byte-order mark dropped', async () => {
    const path = join(freshFolder(), 'scores.csv')
    writeFileSync(path, '\uFEFFx1,x2,y\n1,2,0\n')
    expect(await files().open(path)).toEqual({
      ok: true,
      value: { kind: 'csv', text: 'x1,x2,y\n1,2,0\n' }
    })
  })
})

describe('a save that fails', () => {
  const cases: [string, Fault | 'readOnlyFile' | 'folderRemoved', NodeJS.Platform, string][] = [
    ['a read-only folder', { at: 'create', code: 'EACCES' }, 'linux', 'notAllowed'],
    ['a read-only disk', { at: 'create', code: 'EROFS' }, 'linux', 'readOnly'],
    [
      'a disk that fills mid-write',
      { at: 'write', code: 'ENOSPC', after: 4096 },
      'linux',
      'diskFull'
    ],
    ['a file Windows keeps locked', { at: 'rename', code: 'EPERM' }, 'win32', 'locked'],
    ['a file marked read-only', 'readOnlyFile', 'linux', 'readOnly'],
    ['a folder removed since it was opened', 'folderRemoved', 'linux', 'notFound']
  ]

  it.each(cases)(
    'on %s keeps the old file byte for byte and says why',
    async (_, fault, platform, reason) => {
      const folder = freshFolder()
      const target = join(folder, 'lab.logitlab')
      const old = new TextEncoder().encode('{"the old session": "must survive"}')
      writeFileSync(target, old)
      if (fault === 'readOnlyFile') chmodSync(target, 0o444)
      if (fault === 'folderRemoved') rmSync(folder, { recursive: true })
      const fs = typeof fault === 'string' ? undefined : faultyFileSystem(fault)
      const saved = await files(fs, platform).saveSession(target, trainedToySession())
      expect(saved).toEqual({
        ok: false,
        problem: { kind: 'file', fileName: 'lab.logitlab', reason }
      })
      if (fault === 'folderRemoved') return
      expect(new Uint8Array(readFileSync(target))).toEqual(old)
      expect(readdirSync(folder)).toEqual(['lab.logitlab'])
    }
  )

  it('names the file only, never its folder', async () => {
    const folder = freshFolder()
    const saved = await files(faultyFileSystem({ at: 'create', code: 'EIO' })).saveSession(
      join(folder, 'lab.logitlab'),
      trainedToySession()
    )
    expect(saved).toEqual({
      ok: false,
      problem: { kind: 'file', fileName: 'lab.logitlab', reason: 'other', detail: 'EIO' }
    })
    expect(JSON.stringify(saved)).not.toContain(folder)
  })
})

describe('opening an untrusted file', () => {
  const documentWith = (path: (string | number)[], value: Json): string =>
    JSON.stringify(withValue(documentOf(), path, value))
  const nested = `${'['.repeat(MAX_SESSION_DEPTH + 8)}${']'.repeat(MAX_SESSION_DEPTH + 8)}`
  const valid = JSON.stringify(documentOf())
  const cases: [string, string, object][] = [
    ['not a session', '{"hello": "world"}', { code: 'notSession' }],
    ['not JSON at all', 'x1,x2,y\n1,2,0', { code: 'notJson' }],
    ['cut off mid-save', valid.slice(0, valid.length / 2), { code: 'truncated' }],
    ['deeply nested', nested, { code: 'tooDeep' }],
    [
      'a version from the future',
      documentWith(['version'], SESSION_VERSION + 1),
      { code: 'futureVersion' }
    ],
    [
      'a string where a number belongs',
      documentWith(['settings', 'config', 'optimizer', 'lr'], '0.1'),
      { code: 'invalidField', field: 'settings.config.optimizer.lr' as unknown }
    ],
    ['NaN', valid.replace(/"lr":\s*[0-9.e-]+/, '"lr":NaN'), { code: 'notJson' }]
  ]

  it.each(cases)('refuses one %s, naming what is wrong', async (_, text, error) => {
    const path = join(freshFolder(), 'lab.logitlab')
    writeFileSync(path, text)
    const opened = await files().open(path)
    expect(opened).toEqual({
      ok: false,
      problem: { kind: 'session', fileName: 'lab.logitlab', error: expect.objectContaining(error) }
    })
  })

  it('refuses a 2 GB file from its size, without reading it', async () => {
    const path = join(freshFolder(), 'huge.logitlab')
    writeFileSync(path, '')
    truncateSync(path, 2 ** 31) // sparse: no disk is used
    let opened = 0
    const counting: FileSystem = {
      ...nodeFileSystem,
      open: (...args) => (opened++, nodeFileSystem.open(...args))
    }
    const result = await files(counting).open(path)
    expect(result.ok ? null : result.problem).toEqual({
      kind: 'session',
      fileName: 'huge.logitlab',
      error: expect.objectContaining({ code: 'tooLarge', actual: 2 ** 31 })
    })
    expect(opened).toBe(0)
  })

  it('refuses 10,000 features with the limit named', async () => {
    const session: Session = sessionOf(toyDataset())
    const doc = documentOf(session) as { data: { featureNames: Json[]; columns: Json[] } }
    doc.data.featureNames = Array.from({ length: 10_000 }, (_, i) => `x${i}`)
    doc.data.columns = Array.from({ length: 10_001 }, () => [0, 0, 0, 0, 0, 0])
    const path = join(freshFolder(), 'wide.logitlab')
    writeFileSync(path, JSON.stringify(doc))
    const result = await files().open(path)
    expect(result.ok ? null : result.problem).toMatchObject({
      kind: 'session',
      error: { code: 'tooMany', what: 'features' }
    })
  })

  it('says a file of another kind is neither a session nor a CSV', async () => {
    const path = join(freshFolder(), 'notes.txt')
    writeFileSync(path, 'just some notes')
    expect(await files().open(path)).toEqual({
      ok: false,
      problem: { kind: 'file', fileName: 'notes.txt', reason: 'notSessionOrCsv' }
    })
  })

  it('says a folder is a folder, and a missing file is not found', async () => {
    const folder = freshFolder()
    mkdirSync(join(folder, 'dir.logitlab'))
    expect(await files().open(join(folder, 'dir.logitlab'))).toMatchObject({
      problem: { reason: 'isDirectory' }
    })
    expect(await files().open(join(folder, 'gone.logitlab'))).toMatchObject({
      problem: { reason: 'notFound' }
    })
  })
})
