// Keys for the rendered rows of the virtualised grid. A row that stays in view keeps its key (so
// its elements, and the focus in them, survive scrolling); a row coming into view takes the key
// of one that left, so Vue hands it the old elements instead of destroying and creating a row.

/** Slot of each row index: kept for rows still present, recycled from rows gone for the new. */
export function assignSlots(previous: Map<number, number>, indices: number[]): Map<number, number> {
  const next = new Map<number, number>()
  const used = new Set<number>()
  for (const index of indices) {
    const slot = previous.get(index)
    if (slot !== undefined) {
      next.set(index, slot)
      used.add(slot)
    }
  }
  const free = [...previous.values()].filter((slot) => !used.has(slot))
  let fresh = 0
  for (const index of indices) {
    if (next.has(index)) continue
    let slot = free.pop()
    if (slot === undefined) {
      while (used.has(fresh)) fresh++
      slot = fresh
    }
    used.add(slot)
    next.set(index, slot)
  }
  return next
}
