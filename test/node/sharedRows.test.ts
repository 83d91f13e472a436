// Data sets moved into shared memory once, so worker threads read the rows without copies.
import { describe, expect, it } from 'vitest'
import { toyDataset } from '@core'
import { shareDataset, sharedBufferOf } from '../../src/node/sharedRows'

describe('shareDataset', () => {
  it('copies x and y into SharedArrayBuffers, values and shape unchanged', () => {
    const toy = toyDataset()
    const shared = shareDataset(toy)
    expect(shared.x.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(shared.y.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(Array.from(shared.x)).toEqual(Array.from(toy.x))
    expect(Array.from(shared.y)).toEqual(Array.from(toy.y))
    expect({ ...shared, x: null, y: null }).toEqual({ ...toy, x: null, y: null })
  })

  it('keeps arrays that are already whole shared buffers, so sharing twice copies nothing', () => {
    const once = shareDataset(toyDataset())
    const twice = shareDataset(once)
    expect(twice.x).toBe(once.x)
    expect(twice.y).toBe(once.y)
    expect(sharedBufferOf(twice.x)).toBe(once.x.buffer)
  })

  it('copies a view into a larger shared buffer, and refuses to hand such a view to workers', () => {
    const big = new Float64Array(new SharedArrayBuffer(8 * 20))
    const view = big.subarray(4, 16)
    expect(() => sharedBufferOf(view)).toThrow(/shareDataset/)
    const shared = shareDataset({ ...toyDataset(), x: view })
    expect(shared.x).not.toBe(view)
    expect(sharedBufferOf(shared.x).byteLength).toBe(view.byteLength)
  })
})
