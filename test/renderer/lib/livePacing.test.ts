// Live pacing: while a run streams in, a view redraws at most every `interval` ms and the views due
// in one frame share a time budget; what the student does shows on the next frame. Driven by a
// hand-stepped frame clock and a hand-set time.
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createFrameScheduler } from '@renderer/lib/frameScheduler'
import { TURN_FORGOTTEN_MS } from '@renderer/lib/livePacer'
import { createChartStream } from '@renderer/components/charts/chartStream'
import { frameClockKey } from '@renderer/composables/useFrameClock'
import { livePacerKey } from '@renderer/composables/useLivePacer'
import { usePacedValue } from '@renderer/composables/usePacedValue'
import { TrainingHistory } from '@renderer/stores/trainingHistory'
import { manualClock } from '../support/manualClock'
import { manualPacer } from '../support/manualPacer'

describe('live pacing', () => {
  it('runs paced work on the first frame, then not again until its interval has passed', () => {
    const frames = manualClock()
    const { pacer, time, endTask } = manualPacer()
    const runs: number[] = []
    const scheduler = createFrameScheduler(() => runs.push(time.now), frames.clock, {
      pacer,
      view: 'chart'
    })
    scheduler.request()
    frames.frame()
    endTask()
    expect(runs).toEqual([0])
    scheduler.request()
    for (const now of [10, 20, 29]) {
      time.now = now
      frames.frame()
      endTask()
    }
    expect(runs).toEqual([0]) // still waiting, and still asking for frames
    expect(scheduler.pending).toBe(true)
    time.now = 30
    frames.frame()
    expect(runs).toEqual([0, 30])
    expect(scheduler.pending).toBe(false)
  })

  it('runs work the student caused on the next frame, whatever the pace', () => {
    const frames = manualClock()
    const { pacer, time } = manualPacer()
    const runs: number[] = []
    const scheduler = createFrameScheduler(() => runs.push(time.now), frames.clock, {
      pacer,
      view: 'table'
    })
    scheduler.request()
    frames.frame()
    time.now = 5
    scheduler.requestNow()
    frames.frame()
    expect(runs).toEqual([0, 5])
  })

  it('spreads due views over frames once a frame has used its budget', async () => {
    const frames = manualClock()
    const { pacer, endTask, slowWork } = manualPacer()
    const runs: string[] = []
    // A chart redraw of 3 ms: over the 1 ms budget.
    const slow = (name: string) => slowWork(runs, name)
    const cost = createFrameScheduler(slow('cost'), frames.clock, { pacer, view: 'chart' })
    const accuracy = createFrameScheduler(slow('accuracy'), frames.clock, { pacer, view: 'chart' })
    cost.request()
    accuracy.request()
    await frames.frameWithMicrotasks()
    expect(runs).toEqual(['cost'])
    endTask()
    await frames.frameWithMicrotasks()
    expect(runs).toEqual(['cost', 'accuracy'])
  })

  it('lets the view that waited longest go first, whatever order the frame calls them in', async () => {
    const frames = manualClock()
    const { pacer, time, endTask, slowWork } = manualPacer()
    const runs: string[] = []
    const slow = (name: string) => slowWork(runs, name)
    // Three charts asked in this order; each redraw is over the budget. 'first' gets new points
    // as it draws, so it asks again at once: ahead of the other two in every frame.
    let first: ReturnType<typeof createFrameScheduler> | null = null
    first = createFrameScheduler(
      () => {
        slow('first')()
        first?.request()
      },
      frames.clock,
      { pacer, view: 'chart' }
    )
    const second = createFrameScheduler(slow('second'), frames.clock, { pacer, view: 'chart' })
    const third = createFrameScheduler(slow('third'), frames.clock, { pacer, view: 'chart' })
    for (const scheduler of [first, second, third]) scheduler.request()
    for (const now of [0, 40, 80, 120]) {
      time.now = now
      await frames.frameWithMicrotasks()
      endTask()
    }
    expect(runs).toEqual(['first', 'second', 'third', 'first'])
  })

  it('forgets a waiting view that was cancelled or stopped asking', async () => {
    const frames = manualClock()
    const { pacer, time, endTask, slowWork } = manualPacer()
    const runs: string[] = []
    const slow = (name: string) => slowWork(runs, name)
    const shown = createFrameScheduler(slow('shown'), frames.clock, { pacer, view: 'chart' })
    const unmounted = createFrameScheduler(slow('unmounted'), frames.clock, {
      pacer,
      view: 'chart'
    })
    shown.request()
    unmounted.request()
    await frames.frameWithMicrotasks() // 'shown' drew; 'unmounted' waits
    endTask()
    unmounted.cancel()
    time.now = 40
    shown.request()
    await frames.frameWithMicrotasks()
    expect(runs).toEqual(['shown', 'shown'])
    endTask()
    // A waiter whose frames stopped (it never cancelled) no longer holds the others back.
    const silent = {}
    time.now = 80
    expect(pacer.takeTurn(silent)).toBe(true)
    pacer.charge(5)
    expect(pacer.takeTurn({})).toBe(false) // no budget: noted as waiting...
    endTask()
    time.now = 80 + TURN_FORGOTTEN_MS + 1
    expect(pacer.takeTurn(silent)).toBe(true) // ...and forgotten once it stopped asking
  })

  it('starts a frame’s budget afresh on a new frame timestamp, and shares it within one', () => {
    const { pacer, time } = manualPacer()
    pacer.enterFrame(16)
    expect(pacer.takeTurn({})).toBe(true)
    pacer.charge(5)
    time.now = 5
    pacer.enterFrame(16) // another callback of the same frame: no budget left
    expect(pacer.hasBudget()).toBe(false)
    pacer.enterFrame(33) // the next frame, though the end of the last task was not seen
    expect(pacer.hasBudget()).toBe(true)
  })

  it('counts what the work set off in microtasks (a Vue re-render) against the budget', async () => {
    const frames = manualClock()
    const { pacer, time } = manualPacer()
    const runs: string[] = []
    const cheapButRenders = createFrameScheduler(
      () => {
        runs.push('status')
        queueMicrotask(() => (time.now += 3)) // the re-render it caused: 3 ms
      },
      frames.clock,
      { pacer, view: 'status' }
    )
    const chart = createFrameScheduler(() => runs.push('chart'), frames.clock, {
      pacer,
      view: 'chart'
    })
    cheapButRenders.request()
    chart.request()
    await frames.frameWithMicrotasks()
    expect(runs).toEqual(['status'])
  })

  it('without a pacer, runs every request on the next frame', () => {
    const frames = manualClock()
    let runs = 0
    const scheduler = createFrameScheduler(() => runs++, frames.clock)
    for (let i = 0; i < 3; i++) {
      scheduler.request()
      frames.frame()
    }
    expect(runs).toBe(3)
  })

  it('draws a chart’s new points at the pace, but a new run’s empty chart on the next frame', () => {
    const history = new TrainingHistory()
    const frames = manualClock()
    const { pacer, time } = manualPacer()
    const calls: string[] = []
    const target = {
      sync: (from: number) => calls.push(`sync ${from}`),
      clear: () => calls.push('clear'),
      draw: () => calls.push('draw')
    }
    const stream = createChartStream(history, target, frames.clock, { pacer, view: 'chart' })
    stream.start()
    const epochs = (list: number[]) => ({
      epochs: Float64Array.from(list),
      cost: Float64Array.from(list, () => 0.5),
      accuracy: Float64Array.from(list, () => 0.5)
    })
    history.append(epochs([0, 1]), false, [])
    frames.frame()
    calls.length = 0
    time.now = 10
    history.append(epochs([2]), false, [])
    frames.frame()
    expect(calls).toEqual([]) // 10 ms after the last draw: not yet
    history.clear()
    frames.frame()
    expect(calls).toEqual(['clear', 'sync 0', 'draw'])
  })
})

describe('paced values', () => {
  /** A component showing `source` through usePacedValue; paced unless `unpaced`. */
  function mountWatcher(
    source: () => number,
    options: { urgent?: (next: number) => boolean; unpaced?: boolean } = {}
  ) {
    const frames = manualClock()
    const paced = manualPacer()
    let shown: { value: number } = { value: NaN }
    const provide = options.unpaced
      ? {}
      : { [livePacerKey as symbol]: paced.pacer, [frameClockKey as symbol]: frames.clock }
    mount(
      defineComponent({
        setup() {
          shown = usePacedValue(source, 'status', options.urgent)
          return () => h('span')
        }
      }),
      { global: { provide } }
    )
    return { frames, paced, shown: () => shown.value }
  }

  it('follows its source at the view’s pace, always ending on the latest value', async () => {
    const epoch = ref(0)
    const { frames, paced, shown } = mountWatcher(() => epoch.value)
    epoch.value = 1
    await nextTick()
    frames.frame()
    paced.endTask()
    expect(shown()).toBe(1)
    epoch.value = 2
    await nextTick()
    epoch.value = 3
    await nextTick()
    paced.time.now = 50
    frames.frame()
    expect(shown()).toBe(1) // 50 ms after the last change shown: numbers wait for 100
    paced.time.now = 100
    frames.frame()
    expect(shown()).toBe(3)
  })

  it('shows an urgent change at once, without waiting for a frame', async () => {
    const epoch = ref(0)
    const { frames, shown } = mountWatcher(() => epoch.value, { urgent: (next) => next === 0 })
    epoch.value = 5
    await nextTick()
    frames.frame()
    expect(shown()).toBe(5)
    epoch.value = 7 // paced: waits
    await nextTick()
    epoch.value = 0 // a reset: not worth waiting for, and the wait for 7 is dropped
    await nextTick()
    expect(shown()).toBe(0)
    frames.frame()
    expect(shown()).toBe(0)
  })

  it('catches up at once when the value becomes urgent without changing', async () => {
    const epoch = ref(0)
    const running = ref(true)
    const { frames, paced, shown } = mountWatcher(() => epoch.value, {
      urgent: () => !running.value
    })
    epoch.value = 1
    await nextTick()
    frames.frame()
    paced.endTask()
    epoch.value = 2 // waits for the view's pace...
    await nextTick()
    paced.time.now = 10
    frames.frame()
    expect(shown()).toBe(1)
    running.value = false // ...until the run pauses, with no new epoch
    await nextTick()
    expect(shown()).toBe(2)
  })

  it('is the source itself without a pacer', () => {
    const epoch = ref(0)
    const { shown } = mountWatcher(() => epoch.value, { unpaced: true })
    epoch.value = 7
    expect(shown()).toBe(7)
  })
})
