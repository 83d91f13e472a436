// Draws the probability shading (probabilityField) under the points: the field is painted into a
// small canvas of its own only when the model, threshold, view or plot size change, and scaled up
// to the plot area on every draw, which costs the browser one image copy.
import type { Chart, Plugin } from 'chart.js'
import type { PlotBounds } from './decisionBoundary'
import type { PlaneSurface } from './boundaryPlane'
import { fieldSize, paintField, type FieldColours } from './probabilityField'

export interface FieldInput {
  bounds: PlotBounds
  model: PlaneSurface
  threshold: number
  colours: FieldColours
}

export class FieldPainter {
  private readonly canvas: HTMLCanvasElement | null
  private context: CanvasRenderingContext2D | null = null
  private image: ImageData | null = null
  private input: FieldInput | null = null
  private dirty = true

  constructor() {
    this.canvas = typeof document === 'undefined' ? null : document.createElement('canvas')
    this.context = this.canvas?.getContext('2d') ?? null
  }

  /** What to shade; painted on the next draw. Null: no shading (no valid model). */
  set(input: FieldInput | null): void {
    this.input = input
    this.dirty = true
  }

  /** The shading scaled into the chart's plot area (nothing where the canvas has no 2D context). */
  draw(chart: Chart<'line'>): void {
    const { canvas, context, input } = this
    const area = chart.chartArea
    if (canvas === null || context === null || input === null || !area) return
    const { width, height } = fieldSize(area.right - area.left, area.bottom - area.top)
    if (this.image === null || this.image.width !== width || this.image.height !== height) {
      canvas.width = width
      canvas.height = height
      this.image = context.createImageData(width, height)
      this.dirty = true
    }
    if (this.dirty) {
      const { bounds, model, threshold, colours } = input
      paintField(this.image.data, width, height, bounds, model, threshold, colours)
      context.putImageData(this.image, 0, 0)
      this.dirty = false
    }
    const target = chart.ctx
    target.save()
    target.imageSmoothingEnabled = true
    target.drawImage(canvas, area.left, area.top, area.right - area.left, area.bottom - area.top)
    target.restore()
  }
}

export function shadingPlugin(painter: FieldPainter): Plugin<'line'> {
  return {
    id: 'logitLabShading',
    beforeDatasetsDraw(chart: Chart<'line'>) {
      painter.draw(chart)
    }
  }
}
