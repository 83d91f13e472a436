// The decision plot's geometry: the model in the plane of two features, the shading and the line
// agreeing with the model's predictions, the pixel <-> data mapping, and picking a point to drag.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decisionBoundary, type PlotBounds } from '@renderer/components/charts/decisionBoundary'
import {
  featureMeans,
  planeModel,
  planeProbability,
  validPair
} from '@renderer/components/charts/boundaryPlane'
import {
  FIELD_MAX_ALPHA,
  fieldCellCentre,
  fieldSize,
  paintField,
  parseHexColour,
  shadeOf,
  type FieldColours
} from '@renderer/components/charts/probabilityField'
import {
  dataToPixel,
  hitTest,
  pixelToData,
  roundForSpan,
  type PlotArea
} from '@renderer/components/charts/boundaryPointer'
import { plotRows, wrongPoints } from '@renderer/components/charts/boundaryPoints'

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
const box: PlotBounds = { xMin: 0, xMax: 8, yMin: 0, yMax: 4 }
const area: PlotArea = { left: 40, right: 440, top: 10, bottom: 210 }
const colours: FieldColours = { class0: [138, 90, 0], class1: [31, 95, 191] }

/** The lab's six students, and a third feature for the held-at-mean cases. */
const lab = {
  rows: 6,
  cols: 3,
  x: Float64Array.from([1, 2, 10, 2, 3, 20, 3, 1, 30, 4, 3, 40, 5, 3, 50, 6, 2, 60]),
  y: Float64Array.from([0, 0, 0, 1, 1, 1]),
  featureNames: ['x1', 'x2', 'x3']
}

describe('the model in the plane of two features', () => {
  it('is the model itself with two features', () => {
    expect(planeModel([3.25, 1.52], -14.48, { x: 0, y: 1 }, [0, 0])).toEqual({
      weights: [3.25, 1.52],
      bias: -14.48
    })
  })

  it('folds the features held at their mean into the bias: H matches the full model there', () => {
    const means = featureMeans(lab)
    expect(means).toEqual([3.5, 14 / 6, 35])
    const weights = [0.5, -1, 0.1]
    const plane = planeModel(weights, 2, { x: 0, y: 2 }, means)
    expect(plane.weights).toEqual([0.5, 0.1])
    expect(plane.bias).toBeCloseTo(2 - 14 / 6, 12)
    // At (x1, x3) = (4, 25) with x2 at its mean, both give the same probability.
    const full = sigmoid(0.5 * 4 - 1 * (14 / 6) + 0.1 * 25 + 2)
    expect(planeProbability(plane, 4, 25)).toBeCloseTo(full, 14)
  })

  it('falls back to the first two features when the asked pair is not two columns', () => {
    expect(validPair({ x: 2, y: 0 }, 3)).toEqual({ x: 2, y: 0 })
    expect(validPair({ x: 1, y: 1 }, 3)).toEqual({ x: 0, y: 1 })
    expect(validPair({ x: 0, y: 5 }, 3)).toEqual({ x: 0, y: 1 })
  })
})

describe('the shading agrees with the line and the predictions', () => {
  it('is clear on the line and strongest where the model is surest', () => {
    expect(shadeOf(0.5, 0.5)).toEqual({ predicted: 1, strength: 0 })
    expect(shadeOf(1, 0.5)).toEqual({ predicted: 1, strength: 1 })
    expect(shadeOf(0, 0.5)).toEqual({ predicted: 0, strength: 1 })
    const unsure = shadeOf(0.6, 0.8)
    expect(unsure.predicted).toBe(0)
    expect(unsure.strength).toBeCloseTo(0.25, 12)
  })

  it('colours every cell by the class the model predicts at its centre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (w1, w2, bias, threshold) => {
          const model = planeModel([w1, w2], bias, { x: 0, y: 1 }, [0, 0])
          const [width, height] = [12, 7]
          const pixels = new Uint8ClampedArray(width * height * 4)
          paintField(pixels, width, height, box, model, threshold, colours)
          for (let j = 0; j < height; j++) {
            for (let i = 0; i < width; i++) {
              const { x, y } = fieldCellCentre(box, width, height, i, j)
              const predicted = sigmoid(w1 * x + w2 * y + bias) >= threshold ? 1 : 0
              const at = (j * width + i) * 4
              const want = predicted === 1 ? colours.class1 : colours.class0
              expect([...pixels.subarray(at, at + 3)]).toEqual(want)
              expect(pixels[at + 3]).toBeLessThanOrEqual(Math.round(255 * FIELD_MAX_ALPHA))
            }
          }
        }
      ),
      { numRuns: 60 }
    )
  })

  it('changes colour across the drawn line: each side of it in its class colour', () => {
    const model = planeModel([1, 1], -5, { x: 0, y: 1 }, [0, 0])
    const threshold = 0.5
    const line = decisionBoundary(model.weights, model.bias, threshold, box)
    if (line.kind !== 'segment') throw new Error('expected a line')
    // On the line H = threshold.
    for (const end of [line.from, line.to]) {
      expect(planeProbability(model, end.x, end.y)).toBeCloseTo(threshold, 12)
    }
    const { width, height } = fieldSize(area.right - area.left, area.bottom - area.top)
    const pixels = new Uint8ClampedArray(width * height * 4)
    paintField(pixels, width, height, box, model, threshold, colours)
    // A screen pixel a little to each side of the line's middle, along its normal (1, 1).
    const middle = { x: (line.from.x + line.to.x) / 2, y: (line.from.y + line.to.y) / 2 }
    const colourAt = (point: { x: number; y: number }) => {
      const pixel = dataToPixel(area, box, point)
      const i = Math.floor(((pixel.x - area.left) / (area.right - area.left)) * width)
      const j = Math.floor(((pixel.y - area.top) / (area.bottom - area.top)) * height)
      const at = (j * width + i) * 4
      return { rgb: [...pixels.subarray(at, at + 3)], alpha: pixels[at + 3] }
    }
    const above = colourAt({ x: middle.x + 0.6, y: middle.y + 0.6 })
    const below = colourAt({ x: middle.x - 0.6, y: middle.y - 0.6 })
    expect(above.rgb).toEqual(colours.class1)
    expect(below.rgb).toEqual(colours.class0)
    expect(above.alpha).toBeGreaterThan(0)
    expect(below.alpha).toBeGreaterThan(0)
  })

  it('paints a small image: about one cell per 4 screen pixels, at most 160 a side', () => {
    expect(fieldSize(400, 200)).toEqual({ width: 100, height: 50 })
    expect(fieldSize(4000, 3)).toEqual({ width: 160, height: 2 })
  })

  it('reads the theme colours, grey for anything it cannot read', () => {
    expect(parseHexColour('#1f5fbf')).toEqual([31, 95, 191])
    expect(parseHexColour('#fff')).toEqual([255, 255, 255])
    expect(parseHexColour('gray')).toEqual([128, 128, 128])
  })
})

describe('pointer and data', () => {
  it('maps the plot area’s corners to the box’s, y growing upwards', () => {
    expect(pixelToData(area, box, { x: 40, y: 210 })).toEqual({ x: 0, y: 0 })
    expect(pixelToData(area, box, { x: 440, y: 10 })).toEqual({ x: 8, y: 4 })
    expect(pixelToData(area, box, { x: 240, y: 110 })).toEqual({ x: 4, y: 2 })
  })

  it('maps back and forth without loss', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (x, y) => {
          const back = pixelToData(area, box, dataToPixel(area, box, { x, y }))
          expect(back.x).toBeCloseTo(x, 9)
          expect(back.y).toBeCloseTo(y, 9)
        }
      )
    )
  })

  it('grabs the nearest point within 10 pixels, and nothing farther', () => {
    const points = [
      { x: 1, y: 2, row: 0 },
      { x: 1.1, y: 2, row: 1 }, // 5 pixels to the right of row 0
      { x: 6, y: 3, row: 2 }
    ]
    const at = (p: { x: number; y: number }, dx = 0, dy = 0) => {
      const pixel = dataToPixel(area, box, p)
      return { x: pixel.x + dx, y: pixel.y + dy }
    }
    expect(hitTest(points, area, box, at(points[0], -2))).toBe(0)
    expect(hitTest(points, area, box, at(points[1], 2))).toBe(1)
    expect(hitTest(points, area, box, at(points[2], 0, 9))).toBe(2)
    expect(hitTest(points, area, box, at(points[2], 0, 11))).toBeNull()
    // Exactly between two points: the one drawn on top (the later row).
    expect(hitTest(points, area, box, at(points[0], 2.5))).toBe(1)
  })

  it('rounds a clicked value to what pointing at this view can place', () => {
    expect(roundForSpan(3.4728193, 8)).toBe(3.47)
    expect(roundForSpan(148.3719, 200)).toBe(148)
    expect(roundForSpan(0.0123456, 0.05)).toBe(0.0123)
  })
})

describe('points and wrong predictions', () => {
  it('plots the chosen pair, a dragged point where the pointer is', () => {
    const rows = plotRows(lab, { x: 2, y: 0 }, { row: 1, x: 99, y: 98 })
    expect(rows.all[0]).toEqual({ x: 10, y: 1, row: 0 })
    expect(rows.all[1]).toEqual({ x: 99, y: 98, row: 1 })
    expect(rows.class1.map((p) => p.row)).toEqual([3, 4, 5])
  })

  it('rings the rows whose prediction (all features) differs from the label', () => {
    // H >= 0.5 where x1 >= 3.5: rows 0-2 are y = 0 and predicted 0 except row 2 (x1 = 3);
    // the line x1 = 2.5 makes row 2 (x1 = 3, y = 0) wrong.
    const points = plotRows(lab, { x: 0, y: 1 }).all
    expect(
      wrongPoints(lab, points, { x: 0, y: 1 }, [1, 0, 0], -2.5, 0.5).map((p) => p.row)
    ).toEqual([2])
    // Moving row 2 to x1 = 1 makes it right.
    const moved = plotRows(lab, { x: 0, y: 1 }, { row: 2, x: 1, y: 1 }).all
    expect(wrongPoints(lab, moved, { x: 0, y: 1 }, [1, 0, 0], -2.5, 0.5)).toEqual([])
    // Weights for another number of features: nothing to compare.
    expect(wrongPoints(lab, points, { x: 0, y: 1 }, [1, 0], -2.5, 0.5)).toEqual([])
  })
})
