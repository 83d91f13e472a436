// Runs test/support/pytorch_reference.py with the system's PyTorch 1.13: the real numbers our
// engine must reproduce. One process per batch of runs, since importing torch takes a second.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import type { InitKind, OptimizerConfig, TrainingMistakes } from '@core'
import { repoRoot } from './paths'

/** The system Python that has PyTorch (not a pyenv one); overridable for other machines. */
export const pythonPath = process.env.LOGIT_LAB_PYTHON ?? '/usr/bin/python3'
const script = resolve(repoRoot, 'test/support/pytorch_reference.py')
const installHint = 'install it with `apt-get install python3-torch` (CI does)'

export interface ReferenceRun {
  data: string
  init: InitKind
  seed: number
  optimizer: OptimizerConfig
  epochs: number
  threshold: number
  /** 'float32' (default) is the lab; 'float64' runs the same code in double precision. */
  dtype?: 'float32' | 'float64'
  /** Deliberate mistakes (src/core/mistakes.ts); default none. */
  mistakes?: TrainingMistakes
}

export interface ReferenceRequest {
  datasets: Record<string, { x: number[][]; y: number[] }>
  runs: ReferenceRun[]
  /** Rows with |H(x) - threshold| below this are counted in `near` (default 1e-4). */
  margin?: number
}

export interface ReferenceResult {
  /** Per epoch 0..N: the cost and accuracy of the forward pass before that epoch's step. */
  cost: number[]
  accuracy: number[]
  /** Per epoch, how many rows have |H(x) - threshold| < the request's margin, in float32. */
  near: number[]
  weights: number[]
  bias: number
  /**
   * The first epoch whose cost was not finite, and the cost as PyTorch prints it ('inf', 'nan'):
   * the run stopped there (`cost` ends before it). Null when every epoch was finite.
   */
  nonFinite: { epoch: number; cost: string } | null
}

export function runPytorchReference(request: ReferenceRequest): {
  torch: string
  runs: ReferenceResult[]
} {
  const result = spawnSync(pythonPath, [script], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.error) {
    throw new Error(
      `PyTorch reference: cannot run ${pythonPath} (${result.error.message}); ${installHint}`
    )
  }
  if (result.status !== 0) {
    const missingTorch = /No module named ['"]?torch/.test(result.stderr)
    throw new Error(
      missingTorch
        ? `PyTorch reference: ${pythonPath} has no torch module; ${installHint}`
        : `PyTorch reference failed (exit ${result.status}): ${result.stderr.trim()}`
    )
  }
  return JSON.parse(result.stdout) as { torch: string; runs: ReferenceResult[] }
}
