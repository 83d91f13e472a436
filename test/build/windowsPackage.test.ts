// The Windows package as `npm run dist` makes it on a Linux machine: the real electron-vite build
// and the real electron-builder CLI with this repository's electron-builder.yml, packaging
// `--win --dir` against a stand-in electron.exe (Electron's own cannot be downloaded here).
//
// What it proves: electron-builder's own code, on a Linux build machine, records app.asar in the
// exe's ELECTRONASAR/INTEGRITY resource under the Windows path `resources\app.asar` (the key
// electron-builder 25 wrote as `resources/app.asar`, so that Electron aborted at start with
// "Failed to find file integrity info for resources\app.asar": electron-builder issue 8690),
// with the SHA-256 of the packaged archive's header, and that electronFuses burns the fuses of
// electron-builder.yml into the exe (asar integrity validation among them).
// What it cannot prove: that the real Electron 45 exe starts and accepts the archive (no Windows,
// Wine or Electron binary here), code signing, or the NSIS installer around the exe.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { NtExecutable, NtExecutableResource } from 'resedit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWithElectronVite } from '../support/electronVite'
import { repoRoot } from '../support/paths'
import { DEFAULT_FUSES, FUSE_SENTINEL, writeFakeElectronWin } from './fakeElectronWin'

const require = createRequire(join(repoRoot, 'package.json'))
const electronVersion = (require('electron/package.json') as { version: string }).version

/** electron-builder's CLI, as `npm run dist` runs it. */
function electronBuilderCli(): string {
  const manifest = require.resolve('electron-builder/package.json')
  const { bin } = require('electron-builder/package.json') as { bin: Record<string, string> }
  return join(dirname(manifest), bin['electron-builder'])
}

interface IntegrityEntry {
  file: string
  alg: string
  value: string
}

/** The ELECTRONASAR resource of type INTEGRITY, which Electron reads on Windows. */
function asarIntegrityOf(exe: string): IntegrityEntry[] {
  const resources = NtExecutableResource.from(NtExecutable.from(readFileSync(exe)))
  const entry = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR')
  if (!entry) throw new Error(`${exe} has no ELECTRONASAR integrity resource`)
  return JSON.parse(Buffer.from(entry.bin).toString('utf8')) as IntegrityEntry[]
}

/** The fuse wire after the sentinel, one character a fuse ('0' off, '1' on). */
function fusesOf(exe: string): string {
  const bytes = readFileSync(exe)
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1') + FUSE_SENTINEL.length
  const length = bytes[at + 1]
  return bytes.toString('latin1', at + 2, at + 2 + length)
}

/**
 * SHA-256 of an asar archive's header, what Electron checks: the archive starts with two
 * little-endian uint32 (4, the header's pickled size), then the pickle (its payload size, the
 * JSON's length) and the header's JSON.
 */
function asarHeaderSha256(asar: string): string {
  const bytes = readFileSync(asar)
  const jsonLength = bytes.readInt32LE(12)
  const header = bytes.subarray(16, 16 + jsonLength)
  return createHash('sha256').update(header).digest('hex')
}

let work: string
let unpacked: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'logit-lab-win-'))
  const electronDist = join(work, 'electron-dist')
  writeFakeElectronWin(electronDist, electronVersion)
  buildWithElectronVite({ quiet: true }) // into out/, as npm run dist does
  const output = join(work, 'release')
  const result = spawnSync(
    process.execPath,
    [
      electronBuilderCli(),
      '--win',
      '--dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`
    ],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } }
  )
  if (result.status !== 0) {
    throw new Error(`electron-builder failed (${result.status}):\n${result.stdout}${result.stderr}`)
  }
  unpacked = join(output, 'win-unpacked')
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the Windows package built on Linux', () => {
  it('records app.asar under its Windows path resources\\app.asar, with its header hash', () => {
    const exe = join(unpacked, 'Logit Lab.exe')
    const asar = join(unpacked, 'resources', 'app.asar')
    expect(asarIntegrityOf(exe)).toEqual([
      { file: 'resources\\app.asar', alg: 'SHA256', value: asarHeaderSha256(asar) }
    ])
  })

  it("burns electron-builder.yml's fuses into the exe, leaving the others as Electron set them", () => {
    expect(DEFAULT_FUSES).toBe('101100011')
    // runAsNode off, cookie encryption on, NODE_OPTIONS and --inspect off, asar integrity
    // validation on, app.asar only, (browser V8 snapshot untouched), no file:// privileges,
    // (the ninth untouched)
    expect(fusesOf(join(unpacked, 'Logit Lab.exe'))).toBe('010011001')
  })
})
