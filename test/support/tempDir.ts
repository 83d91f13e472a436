// A fresh temporary folder per test file, removed afterwards: where exported files are written
// for Python to read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

export function useTempDir(prefix: string): {
  path: (name: string) => string
  write: (name: string, content: string | Uint8Array) => string
} {
  const dir = mkdtempSync(join(tmpdir(), `logit-lab-${prefix}-`))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const path = (name: string): string => join(dir, name)
  return {
    path,
    write(name, content) {
      writeFileSync(path(name), content)
      return path(name)
    }
  }
}
