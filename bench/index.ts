// `npm run bench`: median ms per full-batch epoch and peak memory, ours and PyTorch's side by
// side, for the four standard sizes or one (`--rows N --features D --epochs E`). Each standard
// size (and each --repeat run) goes to a fresh child process, so its peak memory and JIT state are
// its own. Reported, never asserted: the exit code is 0 whatever the figures (2: a bad option).
import { BenchArgsError, STANDARD_SIZES, USAGE, parseBenchArgs, type BenchArgs } from './args'
import type { BenchSize } from './args'
import { syntheticDataset } from './data'
import { measureOurs } from './measure'
import { measureInChild, medianOfRuns } from './runs'
import { TABLE_NOTES, describeMachine, tableHeader, tableRow, type SizeResult } from './report'
import { measureTorch, torchAvailable, type TorchMeasurement } from './torch'
import type { Dataset } from '@core'

/** About a second of PyTorch per size: fewer epochs for bigger data, 30 at least. */
function defaultEpochs(size: BenchSize): number {
  return Math.min(5000, Math.max(30, Math.round(3e8 / (size.rows * size.features))))
}

async function measureSize(size: BenchSize, args: BenchArgs): Promise<SizeResult> {
  const epochs = size.epochs ?? defaultEpochs(size)
  const dataset = syntheticDataset(size.rows, size.features)
  const ours = await measureOurs(dataset, epochs, args.threads)
  const torch = args.torch && torchAvailable() ? tryTorch(dataset, epochs, args.torchThreads) : null
  const speedup = torch ? torch.msPerEpoch / ours.msPerEpoch : null
  return { rows: size.rows, features: size.features, ours, torch, speedup }
}

/** PyTorch's figures, or null (said on stderr) when its run fails: the bench still reports ours. */
function tryTorch(
  dataset: Dataset,
  epochs: number,
  threads: number | null
): TorchMeasurement | null {
  try {
    return measureTorch(dataset, epochs, threads)
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

function torchNote(args: BenchArgs, results: SizeResult[]): string {
  const torch = results.find((result) => result.torch)?.torch
  if (torch) {
    return `PyTorch ${torch.version} (/usr/bin/python3): the lab's loop in float32, ${torch.threads} thread(s)`
  }
  return args.torch
    ? 'PyTorch: not installed for /usr/bin/python3'
    : 'PyTorch: skipped (--no-torch)'
}

/** Loaded only when asked for: the size benchmark does not need the TrainingService. */
async function runStreaming(argv: string[]): Promise<void> {
  const { runStreamingBench } = await import('./streaming')
  await runStreamingBench(argv)
}

/** Loaded only when asked for, like the streaming benchmark. */
async function runSessions(argv: string[]): Promise<void> {
  const { runSessionBench } = await import('./sessions')
  runSessionBench(argv)
}

/** Loaded only when asked for; the one bench that fails (exit code 1) on what it finds. */
async function runCrashSafety(argv: string[]): Promise<void> {
  const { runCrashSafetyBench } = await import('./crashSafetyBench')
  await runCrashSafetyBench(argv)
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--crash-safety')) {
    return runCrashSafety(argv.filter((arg) => arg !== '--crash-safety'))
  }
  if (argv.includes('--streaming')) return runStreaming(argv.filter((arg) => arg !== '--streaming'))
  if (argv.includes('--sessions')) return runSessions(argv.filter((arg) => arg !== '--sessions'))
  const args = parseBenchArgs(argv)
  if (args.help) return void console.log(USAGE)
  const sizes = args.size
    ? [args.size]
    : STANDARD_SIZES.map((size) => ({ ...size, epochs: args.epochs }))
  const results: SizeResult[] = []
  if (!args.json) console.log(tableHeader().join('\n'))
  for (const size of sizes) {
    const inProcess = args.size !== null && args.repeat === 1
    const result = inProcess
      ? await measureSize(size, args)
      : medianOfRuns(Array.from({ length: args.repeat }, () => measureInChild(size, args)))
    results.push(result)
    console.log(args.json ? JSON.stringify(result) : tableRow(result))
  }
  if (!args.json)
    console.log([...TABLE_NOTES, '', ...describeMachine(torchNote(args, results))].join('\n'))
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BenchArgsError) {
    console.error(`bench: ${error.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  throw error
})
