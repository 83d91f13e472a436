// The work of an epoch, shared out block by block: every thread (the calling one and each worker)
// claims the next row block from a shared counter and writes that block's sums, until none are
// left. A thread that is slow to wake, or descheduled on a busy machine, simply claims fewer
// blocks, so no thread waits for a straggler's fixed share; and since each block's sums are
// written to the block's own slot and added in block order, who claimed what changes nothing.
import { BLOCK_ROWS, writeBlockSums, type Rows } from '../core/kernel'
import { CONTROL, type AccumulatorSetup } from './accumulatorLayout'

/** Typed views of a setup's shared buffers. */
export interface SharedEpoch {
  control: Int32Array
  /** The weights, the bias, then the threshold. */
  inputs: Float64Array
  params: Float64Array
  blockSums: Float64Array
  failure: Uint8Array
  rows: Rows
  blocks: number
  /** Blocks claimed so far, per thread; this thread writes only its own slot. */
  claims: Float64Array
  thread: number
}

export function viewEpoch(setup: AccumulatorSetup): SharedEpoch {
  const inputs = new Float64Array(setup.inputs)
  const y = new Float64Array(setup.y)
  return {
    control: new Int32Array(setup.control),
    inputs,
    params: inputs.subarray(0, setup.d + 1),
    blockSums: new Float64Array(setup.blockSums),
    failure: new Uint8Array(setup.failure),
    rows: { x: new Float64Array(setup.x), y, d: setup.d },
    blocks: Math.ceil(y.length / BLOCK_ROWS),
    claims: new Float64Array(setup.claims),
    thread: setup.thread
  }
}

/**
 * Claims and sums blocks until the counter runs out. The weights are read after each claim: a
 * claim can only succeed while the epoch it belongs to is under way (the next epoch cannot start
 * before every claimed block is completed), so a late thread never mixes up two epochs.
 */
export function sumClaimedBlocks(epoch: SharedEpoch): void {
  const { control, inputs, params, rows, blockSums, blocks } = epoch
  for (;;) {
    const block = Atomics.add(control, CONTROL.nextBlock, 1)
    if (block >= blocks) return
    epoch.claims[epoch.thread]++
    writeBlockSums(rows, params, inputs[rows.d + 1], block, block + 1, blockSums)
    if (Atomics.add(control, CONTROL.completed, 1) === blocks - 1) {
      Atomics.notify(control, CONTROL.completed)
    }
  }
}
