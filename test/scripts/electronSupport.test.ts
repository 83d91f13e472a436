import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { judgeElectron, majorOf, supportedElectron } from '../../scripts/electronSupport'
import { repoRoot } from '../support/paths'

describe('the supported Electron majors', () => {
  it('are the latest three, consecutive, with the date they were read', () => {
    const [a, b, c] = supportedElectron.majors
    expect([b - a, c - b]).toEqual([1, 1])
    expect(supportedElectron.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it("include package.json's Electron, so the gate passes", () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    expect(judgeElectron(manifest.devDependencies['electron'])).toMatchObject({ ok: true })
  })
})

describe('judgeElectron', () => {
  const known = { asOf: '2026-12-05', majors: [43, 44, 45] } as const

  it.each(['^43.0.0', '~44.1.2', '45.6.1', '>=45'])('accepts %s', (range) => {
    expect(judgeElectron(range, known)).toMatchObject({ ok: true })
  })

  it('fails an out-of-support major, naming it, the supported ones and what to move to', () => {
    const verdict = judgeElectron('^41.7.1', known)
    expect(verdict.ok).toBe(false)
    expect(verdict.message).toBe(
      'Electron 41 (package.json: "^41.7.1") is out of support. Electron supports its latest ' +
        'three majors: 43, 44, 45 as of 2026-12-05; move to ^45'
    )
    expect(judgeElectron('42.0.0', known).ok).toBe(false)
  })

  it('passes a major newer than it knows, asking for the list to be updated', () => {
    const verdict = judgeElectron('^46.0.0', known)
    expect(verdict.ok).toBe(true)
    expect(verdict.message).toContain('update that list')
  })

  it('fails what it cannot read rather than guess', () => {
    expect(judgeElectron('', known).ok).toBe(false)
    expect(judgeElectron('latest', known).message).toContain('cannot read')
  })
})

describe('majorOf', () => {
  it.each([
    ['^45.6.1', 45],
    ['~44.0.0', 44],
    ['45', 45],
    ['>= 43.1', 43],
    ['45.0.0-beta.3', 45],
    ['45.x', 45],
    ['^41 || ^45', null],
    ['github:electron/electron', null]
  ])('reads %s as %s', (range, major) => {
    expect(majorOf(range)).toBe(major)
  })
})
