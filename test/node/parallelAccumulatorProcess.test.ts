// A process that uses the parallel accumulator ends by itself: after dispose() (which must not let
// the process quit while it still waits for the workers), and also when dispose() was forgotten.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('./fixtures/accumulatorLifetime.ts', import.meta.url))

function runScript(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('a process using the parallel accumulator', () => {
  it('finishes what follows dispose(), then exits with code 0', () => {
    const run = runScript()
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^disposed after an epoch of cost \d+\.\d+\n$/)
    expect(run.status).toBe(0)
  })

  it('still exits with code 0 when dispose() is forgotten', () => {
    const run = runScript('forget')
    expect(run.stdout).toMatch(/^forgot to dispose after an epoch of cost \d+\.\d+\n$/)
    expect(run.status).toBe(0)
  })
})
