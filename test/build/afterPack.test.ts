import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import afterPack, {
  electronBinaryPath,
  fuseConfig,
  type PackContextLike
} from '../../build/afterPack.mjs'
import { repoRoot } from '../support/paths'

const flipFuses = vi.hoisted(() => vi.fn(async () => 1))
vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@electron/fuses')>()),
  flipFuses
}))

const ARM64 = 3
const X64 = 1

function context(electronPlatformName: string, arch = X64): PackContextLike {
  return {
    appOutDir: '/release/unpacked',
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'Logit Lab' }, executableName: 'logit-lab' }
  }
}

beforeEach(() => flipFuses.mockClear())

describe('the fuses', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableCookieEncryption', true],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['GrantFileProtocolExtraPrivileges', false]
  ] as const)('set %s to %s', (name, value) => {
    expect(FuseV1Options[name]).toBeTypeOf('number')
    expect(fuseConfig[FuseV1Options[name]]).toBe(value)
  })

  it('use the fuse wire format Electron reads, and set nothing else', () => {
    expect(fuseConfig.version).toBe(FuseVersion.V1)
    expect(Object.keys(fuseConfig)).toHaveLength(8)
  })
})

describe('the afterPack hook', () => {
  it.each([
    ['linux', X64, '/release/unpacked/logit-lab', false],
    ['win32', X64, '/release/unpacked/Logit Lab.exe', false],
    ['darwin', X64, '/release/unpacked/Logit Lab.app', false],
    ['darwin', ARM64, '/release/unpacked/Logit Lab.app', true],
    ['mas', ARM64, '/release/unpacked/Logit Lab.app', true]
  ])('flips the fuses of the %s binary (arch %i)', async (platform, arch, path, resetSignature) => {
    await afterPack(context(platform, arch))
    expect(electronBinaryPath(context(platform, arch))).toBe(path)
    expect(flipFuses).toHaveBeenCalledExactlyOnceWith(path, {
      ...fuseConfig,
      resetAdHocDarwinSignature: resetSignature
    })
  })

  it('fails the build when the fuses cannot be set', async () => {
    flipFuses.mockRejectedValueOnce(new Error('Could not find sentinel'))
    await expect(afterPack(context('linux'))).rejects.toThrow('sentinel')
  })
})

describe('electron-builder.yml', () => {
  const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')

  it('builds Logit Lab from the electron-vite output, with the fuse hook', () => {
    expect(config).toMatch(/^productName: Logit Lab$/m)
    expect(config).toMatch(/^appId: \S+$/m)
    expect(config).toMatch(/^files:\n {2}[^\n]*\n {2}- out\/\*\*$/m)
    expect(config).toMatch(/^afterPack: build\/afterPack\.mjs$/m)
  })

  it('targets Windows nsis, macOS dmg, and Linux AppImage and deb', () => {
    expect(config).toMatch(/^win:\n {2}target: nsis$/m)
    expect(config).toMatch(/^mac:\n {2}target: dmg$/m)
    expect(config).toMatch(/^linux:\n {2}target:\n {4}- AppImage\n {4}- deb$/m)
  })
})
