// A chart's stream of its history (components/charts/chartStream), on the window's frame clock and
// at the charts' live pace, for as long as the component that draws it is mounted.
import { onScopeDispose } from 'vue'
import {
  createChartStream,
  type ChartStream,
  type ChartStreamTarget,
  type HistoryFeed
} from '@renderer/components/charts/chartStream'
import { useFrameClock } from './useFrameClock'
import { useLivePacer } from './useLivePacer'

/** createChartStream with the injected clock and pace, stopped when the component unmounts. */
export function useChartStream(feed: HistoryFeed, target: ChartStreamTarget): ChartStream {
  const pace = { pacer: useLivePacer(), view: 'chart' as const }
  const stream = createChartStream(feed, target, useFrameClock(), pace)
  onScopeDispose(() => stream.stop())
  return stream
}
