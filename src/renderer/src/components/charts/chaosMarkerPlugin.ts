// Marks, on the cost chart, the epoch from which a run is chaotic (core/chaos.ts): a dashed
// vertical line across the plot, drawn over the curve, which the chart's legend names (a label in
// the plot covered the curve of a small chart). Nothing is drawn while there is no notice or the
// epoch is outside the visible range.
import type { Chart, Plugin } from 'chart.js'

export interface ChaosMarker {
  epoch: number
  color: string
}

export function chaosMarkerPlugin(marker: () => ChaosMarker | null): Plugin<'line'> {
  return {
    id: 'logitLabChaosMarker',
    afterDatasetsDraw(chart: Chart<'line'>) {
      const current = marker()
      const x = chart.scales.x
      if (current === null || x === undefined) return
      if (current.epoch < x.min || current.epoch > x.max) return
      const { ctx, chartArea } = chart
      const at = Math.round(x.getPixelForValue(current.epoch)) + 0.5
      ctx.save()
      ctx.strokeStyle = current.color
      ctx.lineWidth = 1.5
      ctx.setLineDash([5, 4])
      ctx.beginPath()
      ctx.moveTo(at, chartArea.top)
      ctx.lineTo(at, chartArea.bottom)
      ctx.stroke()
      ctx.restore()
    }
  }
}
