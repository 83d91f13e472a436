// Paints the theme's surface colour behind a chart, so "Save as PNG" gives an opaque image that
// reads the same on a slide as on screen (a canvas is transparent by default).
import type { Chart, Plugin } from 'chart.js'

export function backgroundPlugin(color: () => string): Plugin<'line'> {
  return {
    id: 'logitLabBackground',
    beforeDraw(chart: Chart<'line'>) {
      const { ctx, width, height } = chart
      ctx.save()
      ctx.globalCompositeOperation = 'destination-over'
      ctx.fillStyle = color()
      ctx.fillRect(0, 0, width, height)
      ctx.restore()
    }
  }
}
