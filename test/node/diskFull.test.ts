// A full disk, for real where this machine lets us mount one: a 64 KiB tmpfs holding a small saved
// session, and a save of a session several times that size over it. The save fails with the typed
// disk-full error (the problem the window says in the user's language), the old file is byte for
// byte as it was, and no temporary file is left behind. Where mounting is not allowed (no root, no
// CAP_SYS_ADMIN, a container), the same assertions run on the same folder with ENOSPC injected at
// the byte where that disk would have filled: the test never skips, and says which disk it used.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dataset } from '@core'
import { encodeSession, type Session } from '@shared/session'
import { writeFileAtomic } from '../../src/node/atomicWrite'
import { DocumentFiles } from '../../src/main/files/documentFiles'
import { nodeFileSystem, type FileSystem } from '../../src/main/files/fileSystem'
import { sessionCodec } from '../../src/main/files/sessionCodec'
import { faultyFileSystem } from '../main/files/faultyFileSystem'
import { meta, textOf, trainedToySession } from '../shared/session/documents'
import { sessionOf } from '../shared/session/sessionFixtures'
import { useTempDir } from '../support/tempDir'

const DISK_BYTES = 64 * 1024
const temp = useTempDir('disk-full')
const disk = temp.path('tiny-disk')

/** Mounts a DISK_BYTES tmpfs on `folder`; false where the system does not allow it. */
function mountTinyDisk(folder: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', folder], {
      stdio: 'pipe',
      timeout: 10_000
    })
    return true
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error)
    console.log(`disk full: cannot mount a tmpfs here (${reason}); injecting ENOSPC instead`)
    return false
  }
}

let mounted = false
beforeAll(() => {
  mkdirSync(disk)
  mounted = mountTinyDisk(disk)
  console.log(
    mounted ? `disk full: a real ${DISK_BYTES}-byte tmpfs at ${disk}` : 'disk full: injected ENOSPC'
  )
})
afterAll(() => {
  // Before useTempDir's own afterAll removes the folder (hooks run in reverse order).
  if (mounted) execFileSync('umount', [disk], { stdio: 'pipe', timeout: 10_000 })
  rmSync(disk, { recursive: true, force: true })
})

/** 3,000 rows x 8 features: a session file of ~0.5 MB, several times the tiny disk. */
function largeSession(): Session {
  const rows = 3000
  const cols = 8
  const x = Float64Array.from({ length: rows * cols }, (_, k) => Math.sin(k * 0.37) * 3.14159)
  const y = Float64Array.from({ length: rows }, (_, i) => (x[i * cols] > 0 ? 1 : 0))
  const featureNames = Array.from({ length: cols }, (_, j) => `x${j + 1}`)
  const dataset: Dataset = { rows, cols, x, y, featureNames }
  return sessionOf(dataset)
}

let cases = 0
/** A folder on the tiny disk holding a small saved session: the file a save must not lose. */
function folderWithSavedSession(): { folder: string; target: string; old: Buffer } {
  const folder = join(disk, `case-${cases++}`)
  mkdirSync(folder)
  const target = join(folder, 'lab.logitlab')
  writeFileSync(target, textOf(trainedToySession()))
  return { folder, target, old: readFileSync(target) }
}

/** What is left on the disk: the real free space, or a disk of DISK_BYTES holding `used`. */
function freeBytes(folder: string, used: number): number {
  if (!mounted) return DISK_BYTES - used
  const { bavail, bsize } = statfsSync(folder)
  return bavail * bsize
}

/** The real file system on the tmpfs; otherwise one that fills up after `room` bytes. */
function diskWith(room: number): FileSystem {
  return mounted ? nodeFileSystem : faultyFileSystem({ at: 'write', code: 'ENOSPC', after: room })
}

describe('a save onto a full disk', () => {
  it('fails with ENOSPC at the write, leaving the old file and no temp file (atomic write)', async () => {
    const { folder, target, old } = folderWithSavedSession()
    const text = encodeSession(largeSession(), meta)
    const free = freeBytes(folder, old.length)
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * free)
    const result = await writeFileAtomic(target, text, diskWith(free))
    expect(result.ok ? null : [result.error.step, result.error.code]).toEqual(['write', 'ENOSPC'])
    expect(readFileSync(target)).toEqual(old)
    expect(readdirSync(folder)).toEqual(['lab.logitlab'])
    // The space the failed write took is given back: the next save that fits still fits.
    expect(freeBytes(folder, old.length)).toBe(free)
  })

  it('is refused by the desktop save service as diskFull, the old session still opening', async () => {
    const { folder, target, old } = folderWithSavedSession()
    const files = new DocumentFiles({
      codec: sessionCodec(null),
      appVersion: '0.1.0',
      fs: diskWith(freeBytes(folder, old.length))
    })
    const saved = await files.saveSession(target, largeSession())
    const problem = { kind: 'file', fileName: 'lab.logitlab', reason: 'diskFull' } as const
    expect(saved).toEqual({ ok: false, problem })
    expect(readFileSync(target)).toEqual(old)
    expect(readdirSync(folder)).toEqual(['lab.logitlab'])

    // The window says this very problem in the user's language: test/renderer/document/
    // documentText.test.ts ('says why a file could not be saved, in English and Korean').
    // The old session still opens whole.
    const opened = await files.open(target)
    expect(opened.ok && opened.value.kind).toBe('session')
  })
})
