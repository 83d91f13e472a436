// The chart wrapper's scheduling: appends are only noted; once per animation frame the chart
// copies what is new and redraws once; a reset clears. Driven by the real TrainingHistory.
import { describe, expect, it } from 'vitest'
import { createChartStream } from '@renderer/components/charts/chartStream'
import { TrainingHistory } from '@renderer/stores/trainingHistory'
import { manualClock } from '../support/manualClock'

function recordingTarget() {
  const calls: string[] = []
  return {
    calls,
    target: {
      sync: (from: number) => calls.push(`sync ${from}`),
      clear: () => calls.push('clear'),
      draw: () => calls.push('draw')
    }
  }
}

function points(epochs: number[]) {
  return {
    epochs: Float64Array.from(epochs),
    cost: Float64Array.from(epochs, (e) => 1 / (e + 1)),
    accuracy: Float64Array.from(epochs, () => 0.5)
  }
}

describe('chart stream', () => {
  it('shows what the history already holds when it starts (a panel mounted mid-run)', () => {
    const history = new TrainingHistory()
    history.append(points([0, 1, 2]), false, [])
    const { clock } = manualClock()
    const { calls, target } = recordingTarget()
    createChartStream(history, target, clock).start()
    expect(calls).toEqual(['clear', 'sync 0', 'draw'])
  })

  it('batches every append of a frame into one sync and one redraw', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    createChartStream(history, target, frames.clock).start()
    calls.length = 0
    history.append(points([0, 1]), false, [])
    history.append(points([2, 3]), false, [])
    history.append(points([4]), false, [])
    expect(calls).toEqual([]) // nothing drawn between frames
    expect(frames.pending).toBe(1) // one frame requested, not three
    frames.frame()
    expect(calls).toEqual(['sync 0', 'draw'])
    history.append(points([5, 6]), false, [])
    frames.frame()
    expect(calls).toEqual(['sync 0', 'draw', 'sync 5', 'draw'])
  })

  it('does not redraw on a frame with nothing new', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    createChartStream(history, target, frames.clock).start()
    calls.length = 0
    frames.frame()
    expect(frames.pending).toBe(0)
    expect(calls).toEqual([])
  })

  it('clears on reset and drops appends of the old run that were waiting', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    createChartStream(history, target, frames.clock).start()
    calls.length = 0
    history.append(points([0, 1, 2]), false, [])
    history.clear() // a new run
    frames.frame()
    // Synced from 0 of an empty history: the old run's points are gone.
    expect(calls).toEqual(['clear', 'sync 0', 'draw'])
    expect(history.length).toBe(0)
  })

  it('clears, then copies the new run, when a reset and appends share a frame', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    createChartStream(history, target, frames.clock).start()
    history.append(points([0, 1, 2]), false, [])
    frames.frame()
    calls.length = 0
    history.clear()
    history.append(points([0, 1]), false, [])
    frames.frame()
    expect(calls).toEqual(['clear', 'sync 0', 'draw'])
  })

  it('redraws from scratch when the history compacts itself past its cap', () => {
    const history = new TrainingHistory(8)
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    createChartStream(history, target, frames.clock).start()
    history.append(points([0, 1, 2, 3, 4, 5]), false, [])
    frames.frame()
    calls.length = 0
    history.append(points([6, 7, 8, 9]), false, []) // 10 > 8: halves, then appends
    frames.frame()
    // The history still holds points: the chart must copy them all again, not stay empty.
    expect(history.length).toBeGreaterThan(0)
    expect(calls).toEqual(['clear', 'sync 0', 'draw'])
  })

  it('redraws on the next frame, not at once, when invalidated (a new look)', () => {
    const history = new TrainingHistory()
    history.append(points([0, 1]), false, [])
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    const stream = createChartStream(history, target, frames.clock)
    stream.start()
    calls.length = 0
    stream.invalidate()
    stream.invalidate()
    expect(calls).toEqual([])
    expect(frames.pending).toBe(1)
    frames.frame()
    expect(calls).toEqual(['draw'])
    frames.frame()
    expect(calls).toEqual(['draw'])
  })

  it('ignores an invalidation once stopped', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    const stream = createChartStream(history, target, frames.clock)
    stream.start()
    stream.stop()
    calls.length = 0
    stream.invalidate()
    expect(frames.pending).toBe(0)
    frames.frame()
    expect(calls).toEqual([])
  })

  it('stops listening, and cancels its frame, when stopped', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { calls, target } = recordingTarget()
    const stream = createChartStream(history, target, frames.clock)
    stream.start()
    history.append(points([0]), false, [])
    stream.stop()
    expect(frames.pending).toBe(0)
    calls.length = 0
    history.append(points([1]), false, [])
    frames.frame()
    expect(calls).toEqual([])
  })
})
