// A run large enough to split its rows across the cores: the training worker starts a parallel
// accumulator for it, and the run prints exactly what one thread computes (the kernel sums every
// block of rows alike, whoever sums it), then lets its threads go.
import { afterEach, expect, it } from 'vitest'
import { TrainingService } from '../../../src/main/training/service'
import { PARALLEL_MIN_ROWS } from '../../../src/node/accumulatorChoice'
import type { TrainRequest } from '@shared/contract'
import { syntheticDataset } from '../../support/syntheticData'
import { toyRequest } from '../../core/runnerFakes'
import { FrameLog, logLinesOf } from './frameLog'
import { referenceRun } from './reference'
import { tsSourceWorker } from '../../../src/node/tsSourceWorker'
import { trainingWorkerEntry } from './trainingWorkerEntry'

let service: TrainingService | null = null

afterEach(async () => {
  await service?.dispose()
  service = null
})

it('trains data past the parallel threshold to the same numbers as one thread', async () => {
  const frames = new FrameLog()
  service = new TrainingService({
    createWorker: () => tsSourceWorker(trainingWorkerEntry),
    sendFrame: frames.sink
  })
  const dataset = syntheticDataset(PARALLEL_MIN_ROWS * 2 + 123, 8, 77)
  const request: TrainRequest = {
    ...toyRequest({ init: 'torch', seed: 5, epochs: 60, logEvery: 10 }),
    data: { ...dataset, featureNames: [...dataset.featureNames] }
  }
  const expected = referenceRun(request)
  const result = await service.train(1, request)
  if (!result.ok) throw new Error(result.error.message)
  const last = await frames.end(result.value.runId)
  expect(last.state).toBe('done')
  expect(logLinesOf(frames.of(result.value.runId))).toEqual(expected.lines)
  expect(last.weights).toEqual(expected.weights)
  expect(last.bias).toBe(expected.bias)
})
