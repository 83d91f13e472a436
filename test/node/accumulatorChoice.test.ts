// Which accumulator a run gets: the Trainer's own single thread unless splitting the rows pays.
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { BLOCK_ROWS, labConfig, withMistake } from '@core'
import { PARALLEL_MIN_ROWS, startAccumulator } from '../../src/node/accumulatorChoice'
import { syntheticDataset } from '../support/syntheticData'

describe('startAccumulator', () => {
  const small = syntheticDataset(PARALLEL_MIN_ROWS - 1, 2, 1)

  it('keeps small data on one thread: no accumulator, no workers', async () => {
    expect(await startAccumulator(small)).toBeNull()
  })

  it('gives mini-batch runs and single-thread requests no accumulator', async () => {
    const large = syntheticDataset(PARALLEL_MIN_ROWS, 2, 2)
    const miniBatch = { ...labConfig, batchSize: 64 }
    expect(await startAccumulator(large, { config: miniBatch, threads: 2 })).toBeNull()
    expect(await startAccumulator(large, { threads: 1 })).toBeNull()
  })

  it('gives runs with a mistaken cost none (the trainer computes that cost itself)', async () => {
    const large = syntheticDataset(PARALLEL_MIN_ROWS, 2, 4)
    const mse = withMistake(labConfig, 'mse')
    expect(await startAccumulator(large, { config: mse, threads: 2 })).toBeNull()
    // forgetting zero_grad keeps the lab's cost, which the accumulator computes
    const forgets = withMistake(labConfig, 'forgetZeroGrad')
    const accumulator = await startAccumulator(large, { config: forgets, threads: 2 })
    try {
      expect(accumulator?.threads).toBe(2)
    } finally {
      await accumulator?.dispose()
    }
  })

  it('splits data from PARALLEL_MIN_ROWS rows over the cores Node reports', async () => {
    const large = syntheticDataset(PARALLEL_MIN_ROWS, 2, 3)
    const accumulator = await startAccumulator(large, { config: labConfig })
    try {
      const cores = Math.min(availableParallelism(), PARALLEL_MIN_ROWS / BLOCK_ROWS)
      if (cores > 1) expect(accumulator?.threads).toBe(cores)
      else expect(accumulator).toBeNull()
    } finally {
      await accumulator?.dispose()
    }
  })

  it('splits even small data when the threads are given explicitly', async () => {
    const accumulator = await startAccumulator(small, { threads: 2 })
    try {
      expect(accumulator?.threads).toBe(2)
    } finally {
      await accumulator?.dispose()
    }
  })
})
