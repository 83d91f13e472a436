// Streams a history into a chart: 'append' events are only noted, and once per animation frame (at
// the live pace, see livePacer) the chart copies what is new and redraws. A chart is created
// once per mount and never rebuilt per epoch; a 'reset' (a new run) empties it on the next frame.
import { createFrameScheduler, type FrameClock, type FramePace } from '@renderer/lib/frameScheduler'
import type { HistoryEvent } from '@renderer/stores/trainingHistory'

export type { HistoryEvent }

export interface HistoryFeed {
  subscribe(listener: (event: HistoryEvent) => void): () => void
}

export interface ChartStreamTarget {
  /** Bring the chart's data up to date with the history, from index `from` on. */
  sync(from: number): void
  /** Empty the chart's data: a new run starts. */
  clear(): void
  /** Redraw once, without animation. */
  draw(): void
}

export interface ChartStream {
  /** Subscribe, and show what the history already holds (the panel may mount mid-run). */
  start(): void
  stop(): void
  /**
   * Redraw on the next frame even with no new points (a new look: theme, language, the run's
   * length). Not at once: such changes come with a click (Train), and drawing the charts in that
   * task doubled it; the next frame draws them with everything else.
   */
  invalidate(): void
}

export function createChartStream(
  feed: HistoryFeed,
  target: ChartStreamTarget,
  clock: FrameClock,
  pace: FramePace | null = null
): ChartStream {
  let pendingFrom: number | null = null
  let pendingClear = false
  let pendingDraw = false
  let unsubscribe: (() => void) | null = null

  function applyPending(): void {
    if (pendingClear) target.clear()
    if (pendingFrom !== null) target.sync(pendingFrom)
    const changed = pendingClear || pendingFrom !== null || pendingDraw
    pendingClear = false
    pendingFrom = null
    pendingDraw = false
    if (changed) target.draw()
  }

  const scheduler = createFrameScheduler(applyPending, clock, pace)

  function onEvent(event: HistoryEvent): void {
    if (event.kind === 'reset') {
      // Start over from whatever the history holds now: nothing after a new run's clear, the
      // halved points after it compacted itself past its cap.
      pendingFrom = 0
      pendingClear = true
      scheduler.requestNow()
    } else {
      pendingFrom = pendingFrom === null ? event.from : Math.min(pendingFrom, event.from)
      scheduler.request()
    }
  }

  return {
    start() {
      if (unsubscribe !== null) return
      unsubscribe = feed.subscribe(onEvent)
      pendingClear = true
      pendingFrom = 0
      scheduler.cancel()
      applyPending()
    },
    stop() {
      unsubscribe?.()
      unsubscribe = null
      scheduler.cancel()
      pendingFrom = null
      pendingClear = false
      pendingDraw = false
    },
    invalidate() {
      if (unsubscribe === null) return
      pendingDraw = true
      scheduler.requestNow()
    }
  }
}
