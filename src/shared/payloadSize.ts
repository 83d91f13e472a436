// A cheap upper bound on a request's size, checked before its schema (which reads every element):
// in main before validating, and in the preload before the request is even serialized. Arrays
// count by their length before any element is looked at, so a hostile payload of a hundred
// million elements is refused after reading one number.
import type { ApiError } from './contract'
import { MAX_CELLS, MAX_ROWS } from './limits'

/** Room for the largest data the limits allow (features and labels as float64), plus 16 MiB. */
export const MAX_PAYLOAD_BYTES = (MAX_CELLS + MAX_ROWS) * 8 + 16 * 2 ** 20

/** Deeper than any of our payloads (a session nests a few levels). */
const MAX_DEPTH = 32

/**
 * True when `value` takes at most `limit` bytes: 8 per array element or object property (which
 * covers a number or a reference held there), plus what strings, typed arrays and nested objects
 * hold themselves.
 */
export function isWithinPayloadSize(value: unknown, limit = MAX_PAYLOAD_BYTES): boolean {
  let bytes = 0
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (pending.length > 0) {
    const { value: item, depth } = pending.pop() as { value: unknown; depth: number }
    if (typeof item === 'string') bytes += item.length * 2
    else if (ArrayBuffer.isView(item)) bytes += item.byteLength
    else if (item instanceof ArrayBuffer) bytes += item.byteLength
    else if (typeof item === 'object' && item !== null) {
      if (depth >= MAX_DEPTH) return false
      const children = Array.isArray(item) ? item : Object.values(item)
      bytes += children.length * 8
      if (bytes > limit) return false
      for (const child of children) {
        // Numbers and the like are paid for by their slot; only what holds more is visited.
        if (typeof child === 'string' || (typeof child === 'object' && child !== null)) {
          pending.push({ value: child, depth: depth + 1 })
        }
      }
    }
    if (bytes > limit) return false
  }
  return true
}

/** What a request past MAX_PAYLOAD_BYTES gets, from main and from the preload alike. */
export function tooLargeError(): ApiError {
  return {
    code: 'tooLarge',
    message: `the request is larger than ${MAX_PAYLOAD_BYTES} bytes, more than any valid one`
  }
}
