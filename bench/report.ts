// Printing the bench's results: a table for people, one JSON object per size for machines.
import { cpus, loadavg } from 'node:os'
import type { OurMeasurement } from './measure'
import type { TorchMeasurement } from './torch'

export interface SizeResult {
  rows: number
  features: number
  ours: OurMeasurement
  /** Null when PyTorch was skipped or is not installed. */
  torch: TorchMeasurement | null
  /** PyTorch's ms per epoch over ours (higher: we are faster). */
  speedup: number | null
  /** Runs (processes) whose medians were combined, when more than one. */
  runs?: number
}

const MIB = 1024 * 1024

function milliseconds(ms: number): string {
  return ms >= 1 ? ms.toFixed(2) : ms >= 0.01 ? ms.toFixed(4) : ms.toFixed(6)
}

function mebibytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(0)} MiB`
}

export function describeMachine(torchNote: string): string[] {
  const [one, five] = loadavg()
  return [
    `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `load average ${one.toFixed(2)} (1 min) ${five.toFixed(2)} (5 min)`,
    torchNote
  ]
}

export function tableHeader(): string[] {
  return [
    'Median ms per full-batch epoch (forward, cost, gradient, SGD step); memory: peak RSS / peak heap',
    '',
    `${'size'.padEnd(14)}${'ours ms'.padStart(11)}${'threads'.padStart(8)}${'torch ms'.padStart(11)}` +
      `${'speed-up'.padStart(10)}   ${'ours RSS / heap'.padEnd(20)}torch RSS`
  ]
}

export function tableRow(result: SizeResult): string {
  const { ours, torch } = result
  const size = `${result.rows.toLocaleString('en-US')} x ${result.features}`
  const speedup =
    result.speedup === null ? '-' : `${result.speedup.toFixed(result.speedup >= 10 ? 0 : 2)}x`
  const memory = `${mebibytes(ours.peakRssBytes)} / ${mebibytes(ours.peakHeapBytes)}`
  return (
    `${size.padEnd(14)}${milliseconds(ours.msPerEpoch).padStart(11)}${String(ours.threads).padStart(8)}` +
    `${(torch ? milliseconds(torch.msPerEpoch) : '-').padStart(11)}${speedup.padStart(10)}   ` +
    `${memory.padEnd(20)}${torch ? mebibytes(torch.peakRssBytes) : '-'}`
  )
}

export const TABLE_NOTES = [
  '',
  'ours: peak RSS of the whole Node process (runtime, tsx, data, worker threads), peak V8 heap in',
  'use (the data itself lives in typed arrays outside the heap). torch: peak RSS of its Python',
  'process, libraries included. Reported, never asserted: the bench does not fail a build.'
]
