// Runs the real CLI as a user would, from source through tsx (no build step), from the repo root.
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './paths'

/** tsx's loader by absolute URL, so the CLI can start from any working directory. */
export const tsxLoader = pathToFileURL(
  createRequire(join(repoRoot, 'package.json')).resolve('tsx')
).href
export const cliEntry = join(repoRoot, 'src/cli/index.ts')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
  /** stdout split into lines, without the final empty one. */
  lines: string[]
}

export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', tsxLoader, cliEntry, ...args],
      { cwd: options.cwd ?? repoRoot, maxBuffer: 64 * 1024 * 1024, env: cliEnv() },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error)
        const lines = stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n')
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr, lines })
      }
    )
  })
}

/** The environment without npm's script variables, so paths resolve against `cwd` alone. */
function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.npm_lifecycle_event
  delete env.INIT_CWD
  return env
}
