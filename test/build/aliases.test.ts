// The aliases are declared twice because JSON cannot import: for TypeScript and tsx in
// tsconfig.base.json, for Vite and Vitest in build/aliases.ts. They must name the same folders.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SOURCE_ALIASES } from '../../build/aliases'
import { repoRoot } from '../support/paths'

describe('import aliases', () => {
  it('are the same for TypeScript (tsconfig paths) and for the bundlers', () => {
    const base = JSON.parse(readFileSync(`${repoRoot}/tsconfig.base.json`, 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> }
    }
    const paths = Object.entries(base.compilerOptions.paths)
    const folders = paths
      .filter(([alias]) => alias.endsWith('/*'))
      .map(([alias, [folder]]) => [alias.slice(0, -2), folder.slice(2, -2)]) // './x/*' -> 'x'
    expect(Object.fromEntries(folders)).toEqual(SOURCE_ALIASES)
    // A bare alias (`@core`) names its folder's index, which is what the bundlers resolve it to.
    for (const [alias, [file]] of paths.filter(([name]) => !name.endsWith('/*'))) {
      const folder = SOURCE_ALIASES[alias as keyof typeof SOURCE_ALIASES]
      expect(file, alias).toBe(`./${folder}/index.ts`)
    }
  })
})
