import { describe, expect, it } from 'vitest'
import { TrainingHistory, type HistoryEvent } from '@renderer/stores/trainingHistory'
import type { HistoryChunk, LogLine } from '@shared/contract'

function chunk(epochs: number[], cost = (e: number) => 1 / (e + 1)): HistoryChunk {
  return {
    epochs: Float64Array.from(epochs),
    cost: Float64Array.from(epochs, cost),
    accuracy: Float64Array.from(epochs, (e) => e / 1000)
  }
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => from + i)

describe('TrainingHistory', () => {
  it('appends points and tells subscribers where the new ones start', () => {
    const history = new TrainingHistory()
    const events: HistoryEvent[] = []
    history.subscribe((event) => events.push(event))
    history.append(chunk([0, 1, 2]), false, [])
    history.append(chunk([3, 4]), false, [])
    expect(Array.from(history.epochs)).toEqual([0, 1, 2, 3, 4])
    expect(history.cost[4]).toBeCloseTo(1 / 5)
    expect(history.accuracy[3]).toBe(0.003)
    expect(events).toEqual([
      { kind: 'append', from: 0 },
      { kind: 'append', from: 3 }
    ])
  })

  it('grows past its first buffer without losing points', () => {
    const history = new TrainingHistory()
    history.append(chunk(range(0, 1000)), false, [])
    history.append(chunk(range(1000, 5000)), false, [])
    expect(history.length).toBe(5000)
    expect(history.epochs[4999]).toBe(4999)
    expect(history.epochs[1023]).toBe(1023)
  })

  it('holds a reserved run in the same buffers: no append copies the history', () => {
    const history = new TrainingHistory()
    history.reserve(5000)
    const buffer = history.epochs.buffer
    for (let start = 0; start < 5000; start += 700) {
      history.append(chunk(range(start, Math.min(start + 700, 5000))), false, [])
      expect(history.epochs.buffer).toBe(buffer)
    }
    expect(history.length).toBe(5000)
    expect(history.epochs[4999]).toBe(4999)
  })

  it('reserves no more than its bound, and still grows past a short reservation', () => {
    const bounded = new TrainingHistory(3000)
    bounded.reserve(1_000_000)
    expect(bounded.epochs.buffer.byteLength).toBe(3000 * Float64Array.BYTES_PER_ELEMENT)
    const history = new TrainingHistory()
    history.reserve(2000)
    history.append(chunk(range(0, 3000)), false, [])
    expect(Array.from(history.epochs)).toEqual(range(0, 3000))
  })

  it('keeps every logged line, exactly', () => {
    const history = new TrainingHistory()
    const line: LogLine = {
      epoch: 0,
      cost: 0.693147,
      accuracy: 0.5,
      text: 'Epoch    0/1000 Cost: 0.693147'
    }
    history.append(chunk([]), false, [line])
    expect(history.logLines).toEqual([line])
    expect(history.length).toBe(0)
  })

  it('stays within its bound by halving, keeping the lowest and highest cost', () => {
    const history = new TrainingHistory(1000)
    const spiky = (e: number): number => (e === 333 ? 50 : e === 777 ? -1 : 1 / (e + 1))
    const events: HistoryEvent[] = []
    history.subscribe((event) => events.push(event))
    for (let start = 0; start < 3000; start += 100) {
      history.append(chunk(range(start, start + 100), spiky), false, [])
    }
    expect(history.length).toBeLessThanOrEqual(1000)
    expect(history.downsampled).toBe(true)
    expect(events).toContainEqual({ kind: 'reset' })
    const epochs = Array.from(history.epochs)
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b))
    expect(Math.max(...history.cost)).toBe(50)
    expect(Math.min(...history.cost)).toBe(-1)
    expect(epochs[epochs.length - 1]).toBe(2999)
  })

  it('clears to nothing and says so', () => {
    const history = new TrainingHistory()
    const events: HistoryEvent[] = []
    history.append(chunk([0, 1]), true, [{ epoch: 0, cost: 1, accuracy: 0, text: 'x' }])
    const unsubscribe = history.subscribe((event) => events.push(event))
    history.clear()
    expect(history.length).toBe(0)
    expect(history.logLines).toEqual([])
    expect(history.downsampled).toBe(false)
    expect(events).toEqual([{ kind: 'reset' }])
    unsubscribe()
    history.append(chunk([0]), false, [])
    expect(events).toHaveLength(1)
  })
})
