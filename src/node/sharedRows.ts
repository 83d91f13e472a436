// Data sets in shared memory, so that worker threads read the very same rows without a copy.
import type { Dataset } from '../core/dataset'

function isWholeShared(values: Float64Array): boolean {
  return (
    values.buffer instanceof SharedArrayBuffer &&
    values.byteOffset === 0 &&
    values.byteLength === values.buffer.byteLength
  )
}

function toShared(values: Float64Array): Float64Array {
  if (isWholeShared(values)) return values
  const shared = new Float64Array(new SharedArrayBuffer(values.byteLength))
  shared.set(values)
  return shared
}

/**
 * The data set with x and y in SharedArrayBuffers (copied once; returned as is when they
 * already are, whole). Give the trainer this one too, so the rows live in memory only once.
 */
export function shareDataset(dataset: Dataset): Dataset {
  return { ...dataset, x: toShared(dataset.x), y: toShared(dataset.y) }
}

/** The shared buffer behind an array that shareDataset returned. */
export function sharedBufferOf(values: Float64Array): SharedArrayBuffer {
  if (!isWholeShared(values)) throw new TypeError('expected an array from shareDataset')
  return values.buffer as SharedArrayBuffer
}
