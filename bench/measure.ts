// Our side: Trainer.run epochs (forward, cost, gradient, SGD step) on one data set, the median
// per-epoch time over chunks of epochs, and the memory it took.
import { getHeapStatistics } from 'node:v8'
import { Trainer, labConfig, type Dataset } from '@core'
import { startAccumulator } from '../src/node/accumulatorChoice'
import { shareDataset } from '../src/node/sharedRows'
import { median } from './stats'

export interface OurMeasurement {
  msPerEpoch: number
  epochs: number
  /** Epochs per timed chunk (chunks last >= ~2 ms, so the clock's resolution does not matter). */
  chunk: number
  threads: number
  /** Fraction of the row blocks each thread summed (the calling thread first), warm-up included. */
  blockShares: number[]
  /** Peak resident set of the whole process: Node, tsx, the data and the worker threads. */
  peakRssBytes: number
  /** Peak V8 heap in use, sampled after every chunk (the data's typed arrays live outside). */
  peakHeapBytes: number
  /** Typed-array memory (the data, shared with the workers), after the run. */
  arrayBuffersBytes: number
}

const WARM_UP_MS = 300
const CHUNK_MS = 2

function shares(claimed: number[]): number[] {
  const total = claimed.reduce((sum, count) => sum + count, 0)
  return claimed.map((count) => count / total)
}

/** Runs `chunk` epochs at a time until `epochs` have run; per-epoch ms of each chunk. */
function timeChunks(trainer: Trainer, epochs: number, chunk: number, heap: number[]): number[] {
  const noRecord = (): void => {}
  const samples: number[] = []
  for (let done = 0; done < epochs;) {
    const count = Math.min(chunk, epochs - done)
    const start = performance.now()
    const ran = trainer.run(count, noRecord)
    samples.push((performance.now() - start) / ran)
    heap.push(getHeapStatistics().used_heap_size)
    if (ran < count) throw new Error(`training stopped at epoch ${trainer.nextEpoch}`)
    done += count
  }
  return samples
}

export async function measureOurs(
  data: Dataset,
  epochs: number,
  threads: number | null
): Promise<OurMeasurement> {
  const dataset = shareDataset(data) // no copy for the bench's data, made in shared memory
  const accumulator =
    threads === 1 ? null : await startAccumulator(dataset, { threads: threads ?? undefined })
  try {
    const config = { ...labConfig, epochs: Number.MAX_SAFE_INTEGER }
    const trainer = Trainer.start(dataset, config, accumulator ? { accumulator } : {})
    const heap: number[] = [getHeapStatistics().used_heap_size]
    // Warm up (the JIT compiles the kernel after a few thousand rows), then size the chunks.
    let warmEpochs = 0
    const warmStart = performance.now()
    while (performance.now() - warmStart < WARM_UP_MS || warmEpochs < 3) {
      warmEpochs += trainer.run(Math.max(1, warmEpochs), () => {})
    }
    const warmMs = (performance.now() - warmStart) / warmEpochs
    const chunk = Math.max(1, Math.min(epochs, Math.round(CHUNK_MS / warmMs)))
    const samples = timeChunks(trainer, epochs, chunk, heap)
    return {
      msPerEpoch: median(samples),
      epochs,
      chunk,
      threads: accumulator?.threads ?? 1,
      blockShares: shares(accumulator?.blockShares ?? [1]),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      peakHeapBytes: Math.max(...heap),
      arrayBuffersBytes: process.memoryUsage().arrayBuffers
    }
  } finally {
    await accumulator?.dispose()
  }
}
