// Python's own str.format as an oracle: one /usr/bin/python3 process formats a batch of values.
// Values travel as IEEE-754 bit patterns (hex), so -0.0 and every last bit arrive intact.
import { spawnSync } from 'node:child_process'
import { pythonPath } from './pytorchReference'

const script = `
import json, struct, sys
out = []
for bits, spec in json.load(sys.stdin):
    value = struct.unpack('>d', bytes.fromhex(bits))[0]
    out.append(format(value, spec))
json.dump(out, sys.stdout)
`

function toBits(value: number): string {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  return Array.from(new Uint8Array(view.buffer), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** format(value, spec) in Python for each [value, spec]. */
export function pythonFormat(items: readonly (readonly [number, string])[]): string[] {
  const result = spawnSync(pythonPath, ['-c', script], {
    input: JSON.stringify(items.map(([value, spec]) => [toBits(value), spec])),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error || result.status !== 0) {
    throw new Error(
      `cannot run ${pythonPath} as the format oracle: ${result.error?.message ?? result.stderr}`
    )
  }
  return JSON.parse(result.stdout) as string[]
}
