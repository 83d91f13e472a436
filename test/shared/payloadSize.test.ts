// The cheap size bound that main and the preload check before a request's schema reads it.
import { describe, expect, it } from 'vitest'
import { MAX_CELLS, MAX_ROWS } from '@shared/limits'
import { isWithinPayloadSize, MAX_PAYLOAD_BYTES } from '@shared/payloadSize'
import { labRequest } from './contractArbitraries'

describe('isWithinPayloadSize', () => {
  it('passes the lab request and the largest data the limits allow', () => {
    expect(isWithinPayloadSize(labRequest())).toBe(true)
    const request = labRequest()
    // float64 features at the cell cap, labels at the row cap: every valid train request's data
    request.data = {
      ...request.data,
      x: new Float64Array(MAX_CELLS),
      y: new Float64Array(MAX_ROWS)
    }
    expect(isWithinPayloadSize(request)).toBe(true)
  })

  it('refuses an array past the bound by its length alone, before looking at an element', () => {
    // {x: [...]}: a slot for x, then one per element
    expect(isWithinPayloadSize({ x: new Array(MAX_PAYLOAD_BYTES / 8 - 1) })).toBe(true)
    expect(isWithinPayloadSize({ x: new Array(MAX_PAYLOAD_BYTES / 8) })).toBe(false)
    const hostile = new Array(1e9)
    Object.defineProperty(hostile, 0, {
      get: () => {
        throw new Error('an element was read')
      }
    })
    expect(isWithinPayloadSize({ x: hostile })).toBe(false)
  })

  it('counts strings, typed arrays and nesting, at a given limit and one past it', () => {
    expect(isWithinPayloadSize('abcd', 8)).toBe(true)
    expect(isWithinPayloadSize('abcde', 8)).toBe(false)
    expect(isWithinPayloadSize(new Float64Array(2), 16)).toBe(true)
    expect(isWithinPayloadSize(new Float64Array(3), 16)).toBe(false)
    // an object of two numbers: a slot each, which holds the number
    expect(isWithinPayloadSize({ a: 1, b: 2 }, 16)).toBe(true)
    expect(isWithinPayloadSize({ a: 1, b: 2 }, 15)).toBe(false)
    // a nested string: its slot, then its characters
    expect(isWithinPayloadSize({ a: 'xy' }, 12)).toBe(true)
    expect(isWithinPayloadSize({ a: 'xy' }, 11)).toBe(false)
  })

  it('refuses nesting deeper than any request of ours', () => {
    let deep: unknown = 0
    for (let i = 0; i < 32; i++) deep = [deep]
    expect(isWithinPayloadSize(deep)).toBe(true)
    expect(isWithinPayloadSize([deep])).toBe(false)
  })
})
