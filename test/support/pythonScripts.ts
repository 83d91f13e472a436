// Runs generated Python scripts with the system's PyTorch (test/support/run_python_scripts.py),
// all in one process: importing torch takes seconds, a script a fraction of one.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { repoRoot } from './paths'
import { pythonPath } from './pytorchReference'

const runner = resolve(repoRoot, 'test/support/run_python_scripts.py')
const installHint = 'install it with `apt-get install python3-torch` (CI does)'

/** What each script printed on stdout, in order; throws (never skips) without PyTorch. */
export function runPythonScripts(scripts: readonly string[]): { torch: string; outputs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'logit-lab-py-'))
  try {
    const paths = scripts.map((script, k) => {
      const path = join(dir, `script${k}.py`)
      writeFileSync(path, script)
      return path
    })
    const result = spawnSync(pythonPath, [runner, ...paths], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024
    })
    if (result.error) {
      throw new Error(`cannot run ${pythonPath} (${result.error.message}); ${installHint}`)
    }
    if (result.status !== 0) {
      const missingTorch = /No module named ['"]?torch/.test(result.stderr)
      throw new Error(
        missingTorch
          ? `${pythonPath} has no torch module; ${installHint}`
          : `the scripts failed (exit ${result.status}): ${result.stderr.trim()}`
      )
    }
    return JSON.parse(result.stdout) as { torch: string; outputs: string[] }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
