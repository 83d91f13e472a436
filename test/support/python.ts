// Runs the system Python (the one with Debian's python3-torch, python3-onnx and python3-sklearn;
// see pytorchReference.ts's pythonPath) on a script file or inline code. A missing interpreter
// or module fails the test with the apt-get line that installs it, never skips it.
import { spawnSync } from 'node:child_process'
import { pythonPath } from './pytorchReference'

/** Python module -> the Debian package that provides it. */
const DEBIAN_PACKAGES: Record<string, string> = {
  torch: 'python3-torch',
  onnx: 'python3-onnx',
  sklearn: 'python3-sklearn',
  numpy: 'python3-numpy'
}

function installHint(module: string): string {
  const pkg = DEBIAN_PACKAGES[module] ?? `the package providing ${module}`
  return `install it with \`apt-get install ${pkg}\` (CI does)`
}

export interface PythonRun {
  stdout: string
  stderr: string
}

/** `python3 args...` in `cwd`, with `input` on stdin; throws (with how to fix) unless it exits 0. */
export function runPython(
  args: string[],
  options: { cwd?: string; input?: string } = {}
): PythonRun {
  const result = spawnSync(pythonPath, args, {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.error) {
    throw new Error(
      `cannot run ${pythonPath} (${result.error.message}); install Debian's Python and the modules ` +
        'the tests use with `apt-get install python3-torch python3-onnx python3-sklearn` (CI does), ' +
        'or set LOGIT_LAB_PYTHON to a Python that has them'
    )
  }
  if (result.status !== 0) {
    const missing = /No module named ['"]?([A-Za-z0-9_]+)/.exec(result.stderr)
    throw new Error(
      missing
        ? `${pythonPath} has no ${missing[1]} module; ${installHint(missing[1])}`
        : `${pythonPath} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`
    )
  }
  return { stdout: result.stdout, stderr: result.stderr }
}

const SCRIPTS_DRIVER = `
import contextlib, io, json, runpy, sys
outputs = []
for path in sys.argv[1:]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        runpy.run_path(path, run_name='__main__')
    outputs.append(printed.getvalue())
json.dump(outputs, sys.stdout)
`

/**
 * Runs script files one after the other in one Python process, each as `python3 file` would
 * (its own globals, __name__ == '__main__', __file__ set: runpy.run_path), since importing torch
 * takes seconds; returns what each printed.
 */
export function runPythonScripts(paths: string[]): string[] {
  return JSON.parse(runPython(['-c', SCRIPTS_DRIVER, ...paths]).stdout) as string[]
}

/**
 * `compute` run once, on first use, its result (or its error) kept for every later call. For a
 * batch of Python runs shared by several tests: each test that needs it then fails with the
 * reason (Python or a module missing) rather than being skipped, as a failing beforeAll would.
 */
export function onFirstUse<T>(compute: () => T): () => T {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null
  return () => {
    if (outcome === null) {
      try {
        outcome = { ok: true, value: compute() }
      } catch (error) {
        outcome = { ok: false, error }
      }
    }
    if (!outcome.ok) throw outcome.error
    return outcome.value
  }
}
