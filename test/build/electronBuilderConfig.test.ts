// electron-builder.yml: what each OS gets, and the Linux package that starts on Ubuntu 24.04+.
// (The Windows package itself is built and read back in windowsPackage.test.ts.)
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/paths'

const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')

describe('electron-builder.yml', () => {
  it('builds Logit Lab from the electron-vite output, fuses set by electronFuses', () => {
    expect(config).toMatch(/^productName: Logit Lab$/m)
    expect(config).toMatch(/^appId: \S+$/m)
    expect(config).toMatch(/^files:\n {2}[^\n]*\n {2}- out\/\*\*$/m)
    expect(config).toMatch(/^electronFuses:$/m)
    // The fuses are flipped by electron-builder itself, right before signing, not by a hook.
    expect(config).not.toMatch(/^afterPack:/m)
  })

  it('targets Windows nsis, macOS dmg, and Linux deb first, then AppImage', () => {
    expect(config).toMatch(/^win:\n {2}target: nsis$/m)
    expect(config).toMatch(/^mac:\n {2}target: dmg$/m)
    expect(config).toMatch(/^linux:\n {2}target:\n(?: {4}#[^\n]*\n)* {4}- deb\n {4}- AppImage$/m)
  })

  it('registers .logitlab sessions, so a double-click opens them in Logit Lab', () => {
    expect(config).toMatch(
      /^fileAssociations:\n {2}- ext: logitlab\n {4}name: Logit Lab Session\n(?: {4}\S[^\n]*\n)*? {4}role: Editor$/m
    )
    expect(config).toMatch(/^ {4}mimeType: application\/x-logitlab$/m)
  })

  it("leaves the .deb electron-builder's own install scripts, which set up AppArmor", () => {
    expect(config).not.toMatch(/^\s*(afterInstall|appArmorProfile):/m)
  })
})

describe("the installed electron-builder's .deb", () => {
  const require = createRequire(join(repoRoot, 'package.json'))
  const templates = join(dirname(require.resolve('app-builder-lib/package.json')), 'templates')
  const read = (name: string): string => readFileSync(join(templates, 'linux', name), 'utf8')

  it('installs an AppArmor profile that lets the app use user namespaces (Ubuntu 24.04+)', () => {
    expect(read('apparmor-profile.tpl')).toMatch(/^\s*userns,$/m)
    const afterInstall = read('after-install.tpl')
    expect(afterInstall).toContain('/resources/apparmor-profile')
    expect(afterInstall).toMatch(/apparmor_parser --replace/)
  })
})
