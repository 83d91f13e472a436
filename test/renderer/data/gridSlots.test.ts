import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assignSlots } from '@renderer/components/data/gridSlots'

const range = (start: number, length: number) => Array.from({ length }, (_, k) => start + k)

describe('assignSlots', () => {
  it('keeps the slots of rows still in view and recycles the others', () => {
    const first = assignSlots(new Map(), range(0, 5))
    expect([...first.values()]).toEqual([0, 1, 2, 3, 4])
    const next = assignSlots(first, range(3, 5))
    expect(next.get(3)).toBe(3)
    expect(next.get(4)).toBe(4)
    expect(new Set(next.values())).toEqual(new Set([0, 1, 2, 3, 4]))
  })

  it('gives distinct slots, reusing old ones before making new, for any window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 0, max: 30 })), { maxLength: 20 }),
        (windows) => {
          let slots = new Map<number, number>()
          let longest = 0
          for (const [start, length] of windows) {
            longest = Math.max(longest, length)
            const previous = slots
            slots = assignSlots(previous, range(start, length))
            const values = [...slots.values()]
            expect(new Set(values).size).toBe(values.length)
            for (const [index, slot] of previous)
              if (slots.has(index)) expect(slots.get(index)).toBe(slot)
            // The pool never grows past the longest window so far.
            for (const slot of values) expect(slot).toBeLessThan(longest)
          }
        }
      )
    )
  })
})
