// PyTorch's side: the same data through the lab's loop in PyTorch 1.13 (bench/torch_epoch.py),
// when the system Python has torch. The data goes over as a raw float64 file, x then y, in the
// machine's byte order (little-endian, as the script reads it, on x64 and arm64).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '@core'

/** The system Python (the pyenv python3 on PATH has no torch). */
const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./torch_epoch.py', import.meta.url))

export interface TorchMeasurement {
  msPerEpoch: number
  epochs: number
  chunk: number
  /** torch.get_num_threads(): its default, as the lab runs, unless --torch-threads says. */
  threads: number
  version: string
  /** Peak resident set of the Python process, torch's libraries included. */
  peakRssBytes: number
}

/** Whether the system Python can import torch. */
export function torchAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0
}

export function measureTorch(
  dataset: Dataset,
  epochs: number,
  threads: number | null
): TorchMeasurement {
  const folder = mkdtempSync(join(tmpdir(), 'logit-lab-bench-'))
  try {
    const file = join(folder, 'data.f64')
    writeFileSync(
      file,
      new Uint8Array(dataset.x.buffer, dataset.x.byteOffset, dataset.x.byteLength)
    )
    writeFileSync(
      file,
      new Uint8Array(dataset.y.buffer, dataset.y.byteOffset, dataset.y.byteLength),
      {
        flag: 'a'
      }
    )
    const args = [SCRIPT, file, String(dataset.rows), String(dataset.cols), String(epochs)]
    if (threads !== null) args.push(String(threads))
    const run = spawnSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 1 << 20 })
    if (run.status !== 0) {
      throw new Error(
        `PyTorch bench failed (${run.status}): ${run.stderr.trim().split('\n').pop()}`
      )
    }
    return JSON.parse(run.stdout) as TorchMeasurement
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
