// A file replaced whole or not at all: on success the new bytes, the old permissions and no
// temporary file; on a failure at any step, the old file byte for byte and no temporary file.
import * as fs from 'node:fs/promises'
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs, type WriteHandle } from '../../src/node/atomicWrite'
import { useTempDir } from '../support/tempDir'

const temp = useTempDir('atomic-write')
let folders = 0

/** A fresh folder with `old.txt` in it. */
function folderWithOldFile(): { folder: string; target: string; old: Buffer } {
  const folder = temp.path(`case-${folders++}`)
  mkdirSync(folder)
  const target = join(folder, 'old.txt')
  const old = Buffer.from('the old version, which must survive\n')
  writeFileSync(target, old)
  return { folder, target, old }
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code })
}

type Fault = 'open' | 'write' | 'shortWrite' | 'partialThenFull' | 'size' | 'sync' | 'rename'

/** The real file system, failing at one step as a full disk, a flaky device or a race would. */
function failingFs(fault: Fault): AtomicWriteFs {
  const real: AtomicWriteFs = {
    open: (path, flags, mode) => fs.open(path, flags, mode),
    rename: fs.rename,
    unlink: fs.unlink,
    stat: fs.stat,
    realpath: fs.realpath
  }
  return {
    ...real,
    async open(path, flags, mode) {
      if (fault === 'open' && flags === 'wx') throw errno('EACCES')
      const handle = await real.open(path, flags, mode)
      if (flags !== 'wx') return handle
      let writes = 0
      const wrapped: WriteHandle = {
        async write(buffer, offset, length) {
          writes++
          if (fault === 'write') throw errno('ENOSPC')
          // The disk fills after a few bytes: some are written, then ENOSPC.
          if (fault === 'partialThenFull') {
            if (writes > 1) throw errno('ENOSPC')
            return handle.write(buffer, offset, Math.min(length, 5))
          }
          if (fault === 'shortWrite') return { bytesWritten: 0 }
          return handle.write(buffer, offset, length)
        },
        async stat() {
          const { size } = await handle.stat()
          return { size: fault === 'size' ? size - 1 : size }
        },
        async sync() {
          if (fault === 'sync') throw errno('EIO')
          return handle.sync()
        },
        close: () => handle.close()
      }
      return wrapped
    },
    async rename(from, to) {
      if (fault === 'rename') throw errno('EXDEV')
      return real.rename(from, to)
    }
  }
}

describe('writeFileAtomic', () => {
  it('replaces the file with the new bytes, keeps its permissions, leaves no temporary file', async () => {
    const { folder, target } = folderWithOldFile()
    chmodSync(target, 0o640)
    const result = await writeFileAtomic(target, 'new text: 한국어\n')
    expect(result).toEqual({ ok: true, bytes: Buffer.byteLength('new text: 한국어\n') })
    expect(readFileSync(target, 'utf8')).toBe('new text: 한국어\n')
    expect(statSync(target).mode & 0o777).toBe(0o640)
    expect(readdirSync(folder)).toEqual(['old.txt'])
  })

  it('writes a new file, and binary content as it is', async () => {
    const { folder } = folderWithOldFile()
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256)
    const result = await writeFileAtomic(join(folder, 'new.bin'), bytes)
    expect(result).toEqual({ ok: true, bytes: bytes.length })
    expect(new Uint8Array(readFileSync(join(folder, 'new.bin')))).toEqual(bytes)
    expect(readdirSync(folder).sort()).toEqual(['new.bin', 'old.txt'])
  })

  it('writes through a symbolic link to the file it names, keeping the link', async () => {
    const { folder, target } = folderWithOldFile()
    const link = join(folder, 'link.txt')
    symlinkSync(target, link)
    expect((await writeFileAtomic(link, 'via the link\n')).ok).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('via the link\n')
    expect(readdirSync(folder).sort()).toEqual(['link.txt', 'old.txt'])
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true)
  })

  const faults: [Fault, string, string][] = [
    ['open', 'create', 'EACCES'],
    ['write', 'write', 'ENOSPC'],
    ['partialThenFull', 'write', 'ENOSPC'],
    ['shortWrite', 'write', 'EIO'],
    ['size', 'write', 'EIO'],
    ['sync', 'sync', 'EIO'],
    ['rename', 'rename', 'EXDEV']
  ]

  it.each(faults)(
    'a failure at %s leaves the old file byte for byte and no temporary file',
    async (fault, step, code) => {
      const { folder, target, old } = folderWithOldFile()
      const result = await writeFileAtomic(target, 'x'.repeat(10_000), failingFs(fault))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect([result.error.step, result.error.code]).toEqual([step, code])
      expect(readFileSync(target)).toEqual(old)
      expect(readdirSync(folder)).toEqual(['old.txt'])
    }
  )

  it('reports a missing folder as a failure to create, writing nothing', async () => {
    const missing = join(temp.path('no-such-folder'), 'file.txt')
    const result = await writeFileAtomic(missing, 'text')
    expect(result.ok).toBe(false)
    if (!result.ok) expect([result.error.step, result.error.code]).toEqual(['create', 'ENOENT'])
  })
})
