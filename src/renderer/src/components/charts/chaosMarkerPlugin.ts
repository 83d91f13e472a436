// Marks, on the cost chart, the epoch from which a run is chaotic (core/chaos.ts): a dashed
// vertical line across the plot with a short label at its top, drawn over the curve. Nothing is
// drawn while there is no notice or the epoch is outside the visible range.
import type { Chart, Plugin } from 'chart.js'

export interface ChaosMarker {
  epoch: number
  label: string
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
      ctx.fillStyle = current.color
      ctx.lineWidth = 1.5
      ctx.setLineDash([5, 4])
      ctx.beginPath()
      ctx.moveTo(at, chartArea.top)
      ctx.lineTo(at, chartArea.bottom)
      ctx.stroke()
      ctx.setLineDash([])
      ctx.font = '11px sans-serif'
      ctx.textBaseline = 'top'
      // The label reads into the plot: rightwards, or leftwards near the right edge.
      const width = ctx.measureText(current.label).width
      const fitsRight = at + 4 + width <= chartArea.right
      ctx.textAlign = fitsRight ? 'left' : 'right'
      ctx.fillText(current.label, fitsRight ? at + 4 : at - 4, chartArea.top + 2)
      ctx.restore()
    }
  }
}
