// From the pointer to the data and back, for editing on the plot. The plot's axes are linear and
// run exactly from the view's bounds across the chart area, so the mapping is a pair of linear
// maps (the same Chart.js's linear scales apply); the y axis grows upwards, the screen downwards.
import type { PlotBounds, Point } from './decisionBoundary'

export interface PlotArea {
  left: number
  right: number
  top: number
  bottom: number
}

export function dataToPixel(area: PlotArea, bounds: PlotBounds, point: Point): Point {
  return {
    x:
      area.left +
      ((point.x - bounds.xMin) / (bounds.xMax - bounds.xMin)) * (area.right - area.left),
    y:
      area.bottom -
      ((point.y - bounds.yMin) / (bounds.yMax - bounds.yMin)) * (area.bottom - area.top)
  }
}

export function pixelToData(area: PlotArea, bounds: PlotBounds, pixel: Point): Point {
  return {
    x:
      bounds.xMin +
      ((pixel.x - area.left) / (area.right - area.left)) * (bounds.xMax - bounds.xMin),
    y:
      bounds.yMin +
      ((area.bottom - pixel.y) / (area.bottom - area.top)) * (bounds.yMax - bounds.yMin)
  }
}

export function insideArea(area: PlotArea, pixel: Point): boolean {
  return (
    pixel.x >= area.left && pixel.x <= area.right && pixel.y >= area.top && pixel.y <= area.bottom
  )
}

/** A plotted row: where it is, and which row of the table it is. */
export interface RowPoint extends Point {
  row: number
}

/** How near (CSS pixels) the pointer must be to a point to grab it: about a fingertip. */
export const HIT_RADIUS_PX = 10

/** The row whose point is nearest the pixel within `radius`, or null; the later row on a tie. */
export function hitTest(
  points: readonly RowPoint[],
  area: PlotArea,
  bounds: PlotBounds,
  pixel: Point,
  radius = HIT_RADIUS_PX
): number | null {
  let best: number | null = null
  let bestDistance = radius
  for (const point of points) {
    const at = dataToPixel(area, bounds, point)
    const distance = Math.hypot(at.x - pixel.x, at.y - pixel.y)
    // <=: a point drawn later (on top) wins over one under it at the same distance.
    if (distance <= bestDistance) {
      best = point.row
      bestDistance = distance
    }
  }
  return best
}

/**
 * A value rounded to what can be placed by pointing at this view: about a thousandth of the
 * axis's span (8 units wide: 2 decimals), so a click types "3.47", not "3.4728193".
 */
export function roundForSpan(value: number, span: number): number {
  const decimals = Math.max(0, Math.min(10, 2 - Math.floor(Math.log10(span > 0 ? span : 1))))
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
