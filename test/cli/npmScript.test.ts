// The CLI as the README tells a user to run it, through the npm script. npm prints a banner of its
// own on stdout before a script runs; `npm run -s` (silent) leaves stdout to the CLI alone, which
// is what a pipe into another program needs.
import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/paths'

function npmRunSilent(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['run', '-s', 'cli', '--', ...args],
      { cwd: repoRoot, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error)
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
      }
    )
  })
}

describe('npm run -s cli', () => {
  it('writes nothing but JSON lines to stdout with --json', async () => {
    const run = await npmRunSilent(['train', '--epochs', '2', '--log-every', '1', '--json'])
    expect(run.code).toBe(0)
    const objects = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(objects.map((object) => object.epoch)).toEqual([0, 1, 2, undefined])
    expect(objects[3]).toHaveProperty('weights')
  })

  it('exits 2 with nothing on stdout and the file named on stderr', async () => {
    const run = await npmRunSilent(['train', '--data', 'no-such-file.csv'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('no-such-file.csv')
  })
})
