// Runs in child processes: one size per process (this same entry, with --rows and --json), and
// several runs of a size combined into one result.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { BenchArgs, BenchSize } from './args'
import { median } from './stats'
import type { SizeResult } from './report'

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url))

/** One size in a child process of the same Node (and tsx loader). */
export function measureInChild(size: BenchSize, args: BenchArgs): SizeResult {
  const flags = ['--rows', String(size.rows), '--features', String(size.features), '--json']
  if (args.epochs !== null) flags.push('--epochs', String(args.epochs))
  if (args.threads !== null) flags.push('--threads', String(args.threads))
  if (args.torchThreads !== null) flags.push('--torch-threads', String(args.torchThreads))
  if (!args.torch) flags.push('--no-torch')
  const child = spawnSync(process.execPath, [...process.execArgv, ENTRY, ...flags], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20
  })
  if (child.status !== 0) throw new Error(`the ${size.rows} x ${size.features} run failed`)
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as SizeResult
}

/** Several runs of one size as one result: median times, the largest peaks. */
export function medianOfRuns(runs: SizeResult[]): SizeResult {
  if (runs.length === 1) return runs[0]
  const [first] = runs
  const torchRuns = runs.flatMap((run) => (run.torch ? [run.torch] : []))
  const ours = {
    ...first.ours,
    msPerEpoch: median(runs.map((run) => run.ours.msPerEpoch)),
    peakRssBytes: Math.max(...runs.map((run) => run.ours.peakRssBytes)),
    peakHeapBytes: Math.max(...runs.map((run) => run.ours.peakHeapBytes))
  }
  const torch =
    torchRuns.length === 0
      ? null
      : {
          ...torchRuns[0],
          msPerEpoch: median(torchRuns.map((run) => run.msPerEpoch)),
          peakRssBytes: Math.max(...torchRuns.map((run) => run.peakRssBytes))
        }
  const speedup = torch ? torch.msPerEpoch / ours.msPerEpoch : null
  return { ...first, ours, torch, speedup, runs: runs.length }
}
