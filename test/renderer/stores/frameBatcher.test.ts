// The frame batcher applies a run's frames once per animation frame, and with the window's pacer
// it takes turns with the paced views: a chart redraw and the frames' update do not share one
// animation frame (bench:ui measured such frames past 50 ms). Hand-stepped frames and time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TrainingFrame } from '@shared/contract'
import { createFrameScheduler } from '@renderer/lib/frameScheduler'
import { createFrameBatcher, FRAME_FALLBACK_MS } from '@renderer/stores/frameBatcher'
import { manualClock } from '../support/manualClock'
import { manualPacer } from '../support/manualPacer'

function frame(seq: number): TrainingFrame {
  return { seq } as unknown as TrainingFrame
}

describe('frame batcher', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('applies everything queued once, on the next animation frame', () => {
    const frames = manualClock()
    const applied: number[][] = []
    const batcher = createFrameBatcher((list) => applied.push(list.map((f) => f.seq)), frames.clock)
    batcher.push(frame(1))
    batcher.push(frame(2))
    expect(frames.pending).toBe(1)
    frames.frame()
    expect(applied).toEqual([[1, 2]])
  })

  it('applies after a while without animation frames (a hidden window)', () => {
    const frames = manualClock()
    const applied: number[][] = []
    const batcher = createFrameBatcher((list) => applied.push(list.map((f) => f.seq)), frames.clock)
    batcher.push(frame(1))
    vi.advanceTimersByTime(FRAME_FALLBACK_MS)
    expect(applied).toEqual([[1]])
    expect(frames.pending).toBe(0)
  })

  it('waits while paced work used this frame, then goes before views that waited less', () => {
    const frames = manualClock()
    const { pacer, time, endTask } = manualPacer()
    const applied: number[][] = []
    const draws: number[] = []
    const batcher = createFrameBatcher((list) => applied.push(list.map((f) => f.seq)), frames.clock)
    batcher.pace(pacer)
    const chart = createFrameScheduler(
      () => {
        draws.push(time.now)
        time.now += 20 // a chart redraw of 20 ms
      },
      frames.clock,
      { pacer, view: 'chart' }
    )
    chart.request()
    frames.frame() // the chart draws at 0 and asks again only once new points come
    endTask()
    time.now = 10
    chart.request() // new points: the chart asks first in every frame from here on
    batcher.push(frame(1))
    pacer.charge(20) // other paced work already used this animation frame
    frames.frame()
    expect(applied).toEqual([]) // no budget left: the frames wait
    endTask()
    time.now = 40
    frames.frame() // the chart is due and asks first, but the frames have waited longer
    expect(applied).toEqual([[1]])
    expect(draws).toEqual([0])
    endTask()
    time.now = 56
    frames.frame()
    expect(draws).toEqual([0, 56])
  })

  it('charges the update and its re-render, so a chart due in the same frame waits', async () => {
    const frames = manualClock()
    const { pacer, time, endTask } = manualPacer()
    const draws: number[] = []
    const chart = createFrameScheduler(() => draws.push(time.now), frames.clock, {
      pacer,
      view: 'chart'
    })
    const batcher = createFrameBatcher(() => {
      chart.request()
      // The re-render the update sets off runs in a microtask, as Vue's does.
      queueMicrotask(() => (time.now += 12))
    }, frames.clock)
    batcher.pace(pacer)
    batcher.push(frame(1))
    chart.request() // due (it never drew), asked for after the frames arrived
    time.now = 100
    await frames.frameWithMicrotasks()
    expect(draws).toEqual([]) // the update's 12 ms used the frame: the chart waits...
    endTask()
    time.now = 116
    await frames.frameWithMicrotasks()
    expect(draws).toEqual([116]) // ...and draws on the next one
  })

  it('without a pacer applies on every frame whatever else ran', () => {
    const frames = manualClock()
    const { pacer } = manualPacer()
    const applied: number[][] = []
    const batcher = createFrameBatcher((list) => applied.push(list.map((f) => f.seq)), frames.clock)
    pacer.charge(40)
    batcher.push(frame(1))
    frames.frame()
    expect(applied).toEqual([[1]])
  })

  it('drops what is queued on discard, and applies nothing later', () => {
    const frames = manualClock()
    const applied: number[][] = []
    const batcher = createFrameBatcher((list) => applied.push(list.map((f) => f.seq)), frames.clock)
    batcher.push(frame(1))
    batcher.discard()
    frames.frame()
    vi.advanceTimersByTime(FRAME_FALLBACK_MS)
    expect(applied).toEqual([])
  })
})
