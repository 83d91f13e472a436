// The shaded background: H(x) over the plotted box, painted into a small RGBA image (a few
// thousand cells, well under a millisecond) that the chart scales up to its plot area. Each cell
// takes the colour of the class the model predicts there (H >= threshold: class 1), stronger the
// surer the model is, and fades to nothing on the decision line, so shading and line agree.
import type { PlotBounds, Point } from './decisionBoundary'
import { planeProbability, type PlaneSurface } from './boundaryPlane'

export type Rgb = [number, number, number]

/** How opaque the surest cells are: the points on top must stay easy to see. */
export const FIELD_MAX_ALPHA = 0.42

/** One image cell per this many screen pixels each way (the browser smooths the scaling). */
export const FIELD_CELL_PX = 4
export const FIELD_MAX_CELLS = 160

export interface FieldColours {
  /** Predicted y = 0 (H < threshold). */
  class0: Rgb
  /** Predicted y = 1 (H >= threshold). */
  class1: Rgb
}

/** The image's size for a plot area of this many CSS pixels: about one cell per 4 pixels. */
export function fieldSize(
  areaWidth: number,
  areaHeight: number
): { width: number; height: number } {
  const cells = (px: number) =>
    Math.max(
      2,
      Math.min(FIELD_MAX_CELLS, Math.ceil((Number.isFinite(px) ? px : 0) / FIELD_CELL_PX))
    )
  return { width: cells(areaWidth), height: cells(areaHeight) }
}

/** The data point at the centre of cell (column i, row j); row 0 is the top (largest y). */
export function fieldCellCentre(
  bounds: PlotBounds,
  width: number,
  height: number,
  i: number,
  j: number
): Point {
  return {
    x: bounds.xMin + ((i + 0.5) / width) * (bounds.xMax - bounds.xMin),
    y: bounds.yMax - ((j + 0.5) / height) * (bounds.yMax - bounds.yMin)
  }
}

/**
 * The predicted class at probability p and how sure the model is, from 0 on the line to 1 at
 * H = 0 or 1: (p - t) / (1 - t) above the threshold, (t - p) / t below it.
 */
export function shadeOf(p: number, threshold: number): { predicted: 0 | 1; strength: number } {
  if (!Number.isFinite(p)) return { predicted: 0, strength: 0 }
  if (p >= threshold) {
    return { predicted: 1, strength: threshold >= 1 ? 0 : (p - threshold) / (1 - threshold) }
  }
  return { predicted: 0, strength: threshold <= 0 ? 0 : (threshold - p) / threshold }
}

/** Fills `pixels` (width * height RGBA, row 0 at the top) with the shading of H over `bounds`. */
export function paintField(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  bounds: PlotBounds,
  model: PlaneSurface,
  threshold: number,
  colours: FieldColours
): void {
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const { x, y } = fieldCellCentre(bounds, width, height, i, j)
      const { predicted, strength } = shadeOf(planeProbability(model, x, y), threshold)
      const colour = predicted === 1 ? colours.class1 : colours.class0
      const at = (j * width + i) * 4
      pixels[at] = colour[0]
      pixels[at + 1] = colour[1]
      pixels[at + 2] = colour[2]
      pixels[at + 3] = Math.round(255 * FIELD_MAX_ALPHA * strength)
    }
  }
}

/** "#1f5fbf" or "#fff" as numbers; grey for anything else (a stylesheet that did not load). */
export function parseHexColour(colour: string): Rgb {
  const hex = colour.trim().replace(/^#/, '')
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  if (!/^[0-9a-f]{6}$/i.test(full)) return [128, 128, 128]
  return [0, 2, 4].map((k) => parseInt(full.slice(k, k + 2), 16)) as Rgb
}
