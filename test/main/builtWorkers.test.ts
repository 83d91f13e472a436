// The worker threads as the packaged app runs them: electron-vite's build of main emits the
// training worker and the parallel accumulator's worker as chunks, and electron-builder unpacks
// them beside app.asar (electron-builder.yml), where no package.json says "type": "module". Here
// they are built for real, copied into such a folder, and run under plain Node: a run trains to
// the lab's numbers, and the accumulator's chunk sums 20,000 rows on two threads to exactly the
// single-thread numbers.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Trainer, labConfig, type EpochRecord } from '@core'
import { TrainingService } from '../../src/main/training/service'
import type { TrainingWorkerData } from '../../src/main/training/workerData'
import { unpackedPath } from '../../src/main/unpackedPath'
import { startAccumulator } from '../../src/node/accumulatorChoice'
import { workerFromScript } from '../../src/node/workerLauncher'
import { toyRequest } from '../core/runnerFakes'
import { labLog } from '../support/labLog'
import { buildWithElectronVite } from '../support/electronVite'
import { syntheticDataset } from '../support/syntheticData'
import { FrameLog, logLinesOf } from './training/frameLog'

let temp = ''
/** The two worker chunks, where a packaged app starts them from. */
let chunks: { training: string; accumulator: string }
let service: TrainingService | null = null

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'logit-lab-built-'))
  const out = join(temp, 'out')
  buildWithElectronVite({ outDir: out, quiet: true })
  // As electron-builder lays them out: resources/app.asar.unpacked/out/main/chunks
  const archived = join(temp, 'resources', 'app.asar', 'out', 'main', 'chunks')
  const unpacked = unpackedPath(archived)
  mkdirSync(unpacked, { recursive: true })
  const built = join(out, 'main', 'chunks')
  const names = readdirSync(built)
  for (const name of names) copyFileSync(join(built, name), join(unpacked, name))
  const find = (prefix: string): string => {
    const name = names.find((file) => file.startsWith(prefix) && file.endsWith('.mjs'))
    if (!name) throw new Error(`no ${prefix}*.mjs among the built chunks: ${names.join(', ')}`)
    return join(unpacked, name)
  }
  chunks = { training: find('worker-'), accumulator: find('accumulatorWorker-') }
}, 180_000)

afterAll(async () => {
  await service?.dispose()
  if (temp) rmSync(temp, { recursive: true, force: true })
})

describe('the built worker chunks, run from outside the archive', () => {
  it('train the lab to its numbers', async () => {
    const frames = new FrameLog()
    const workerData: TrainingWorkerData = { accumulatorWorker: chunks.accumulator }
    service = new TrainingService({
      createWorker: () => new Worker(chunks.training, { workerData }),
      sendFrame: frames.sink
    })
    const started = await service.train(1, toyRequest())
    if (!started.ok) throw new Error(started.error.message)
    const last = await frames.end(started.value.runId)
    expect(last.state).toBe('done')
    expect(logLinesOf(frames.of(started.value.runId))).toEqual(labLog)
  })

  it('sum large data on two threads to exactly the single-thread numbers', async () => {
    const dataset = syntheticDataset(20_000, 8, 5)
    const config = { ...labConfig, epochs: 5, init: 'torch' as const }
    const accumulator = await startAccumulator(dataset, {
      config,
      threads: 2,
      createWorker: workerFromScript(chunks.accumulator)
    })
    expect(accumulator).not.toBeNull()
    const costs = (options: object): number[] => {
      const records: EpochRecord[] = []
      Trainer.start(dataset, config, options).run(Infinity, (record) => records.push(record))
      return records.map((record) => record.cost)
    }
    try {
      expect(costs({ accumulator })).toEqual(costs({}))
    } finally {
      await accumulator?.dispose()
    }
  })
})
