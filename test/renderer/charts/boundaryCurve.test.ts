// The decision plot with polynomial features: the model evaluated on the plane with x1², x2² and
// x1·x2 computed from (x1, x2), so the shading and the boundary bend, and both agree with what
// the model predicts for the data's own rows.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Trainer, builtInData, featureMapOf, labConfig, type FeatureMap } from '@core'
import { curveBoundary, curveLogit, curveModel } from '@renderer/components/charts/boundaryCurve'
import { logit, type PlotBounds } from '@renderer/components/charts/decisionBoundary'
import { planeProbability } from '@renderer/components/charts/boundaryPlane'
import { linePoints } from '@renderer/components/charts/boundaryChartConfig'
import {
  fieldCellCentre,
  paintField,
  type FieldColours
} from '@renderer/components/charts/probabilityField'

const box: PlotBounds = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }
const colours: FieldColours = { class0: [200, 0, 0], class1: [0, 0, 200] }

function xorWithPolynomial() {
  const built = builtInData('xor', { rows: 200, noise: 0.4, seed: 1, polynomial: true })
  if (!built.ok) throw new Error('xor should build')
  const map = featureMapOf(built.data.dataset) as FeatureMap
  return { dataset: built.data.dataset, map }
}

/** H of row i from its own five columns, as the trainer computes it. */
function rowProbability(
  x: Float64Array,
  i: number,
  weights: readonly number[],
  bias: number
): number {
  let z = bias
  for (let k = 0; k < 5; k++) z += weights[k] * x[5 * i + k]
  return 1 / (1 + Math.exp(-z))
}

describe('the boundary with polynomial features', () => {
  it('is a circle for z = x1² + x2² - 4, every traced point on it', () => {
    const { map } = xorWithPolynomial()
    const model = curveModel(map, [0, 0, 1, 1, 0], -4)
    const boundary = curveBoundary(model, 0.5, box)
    expect(boundary.kind).toBe('curve')
    if (boundary.kind !== 'curve') return
    const points = boundary.lines.flat()
    expect(points.length).toBeGreaterThan(100)
    for (const p of points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(2, 2)
    // One closed loop: it ends where it started, so it is drawn without a gap.
    expect(boundary.lines).toHaveLength(1)
    const line = boundary.lines[0]
    expect(line[0]).toEqual(line[line.length - 1])
  })

  it("splits a hyperbola (XOR's x1·x2 = 0.25) into its two branches, with a gap between them", () => {
    const { map } = xorWithPolynomial()
    const model = curveModel(map, [0, 0, 0, 0, 4], -1)
    const boundary = curveBoundary(model, 0.5, box)
    if (boundary.kind !== 'curve') throw new Error(`a curve, not ${boundary.kind}`)
    expect(boundary.lines).toHaveLength(2)
    for (const p of boundary.lines.flat()) expect(p.x * p.y).toBeCloseTo(0.25, 2)
    const drawn = linePoints(boundary)
    expect(drawn.filter((p) => Number.isNaN(p.x))).toHaveLength(1)
  })

  it('says why there is no curve: diverged weights, all zero, threshold 0 or 1, nowhere in the box', () => {
    const { map } = xorWithPolynomial()
    expect(curveBoundary(curveModel(map, [0, 0, NaN, 1, 0], 0), 0.5, box).kind).toBe('nonFinite')
    expect(curveBoundary(curveModel(map, [0, 0, 0, 0, 0], 1), 0.5, box).kind).toBe('zeroWeights')
    expect(curveBoundary(curveModel(map, [0, 0, 1, 1, 0], -4), 1, box).kind).toBe(
      'extremeThreshold'
    )
    expect(curveBoundary(curveModel(map, [0, 0, 1, 1, 0], -100), 0.5, box).kind).toBe('outside')
  })

  it('after training on XOR: bends, and the shading predicts each row as the model does', () => {
    const { dataset, map } = xorWithPolynomial()
    const trainer = Trainer.start(dataset, { ...labConfig, epochs: 2000, logEvery: 2000 })
    trainer.run(2001, () => {})
    const weights = Array.from(trainer.weights)
    const bias = trainer.bias
    const model = curveModel(map, weights, bias)
    let right = 0
    for (let i = 0; i < dataset.rows; i++) {
      const own = rowProbability(dataset.x, i, weights, bias)
      const onPlane = planeProbability(model, dataset.x[5 * i], dataset.x[5 * i + 1])
      expect(onPlane).toBeCloseTo(own, 9)
      if ((own >= 0.5 ? 1 : 0) === dataset.y[i]) right++
    }
    // What no straight line can do: XOR nearly all right.
    expect(right / dataset.rows).toBeGreaterThan(0.95)
    const boundary = curveBoundary(model, 0.5, box)
    if (boundary.kind !== 'curve') throw new Error(`a curve, not ${boundary.kind}`)
    // Curved: the traced points are far from any one straight line through two of them.
    const points = boundary.lines.flat()
    const [a, b] = [points[0], points[Math.floor(points.length / 3)]]
    const offLine = points.map(
      (p) =>
        Math.abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) /
        Math.hypot(b.x - a.x, b.y - a.y)
    )
    expect(Math.max(...offLine)).toBeGreaterThan(0.5)
    // The shading's colour in each cell is the class the model predicts at the cell's centre.
    const width = 40
    const height = 30
    const pixels = new Uint8ClampedArray(width * height * 4)
    paintField(pixels, width, height, box, model, 0.5, colours)
    for (let j = 0; j < height; j++) {
      for (let i = 0; i < width; i++) {
        const { x, y } = fieldCellCentre(box, width, height, i, j)
        const z = curveLogit(model, x, y)
        const at = (j * width + i) * 4
        if (pixels[at + 3] === 0) continue // on the boundary itself
        expect(pixels[at] === 200 ? 0 : 1).toBe(z >= 0 ? 1 : 0)
      }
    }
  })

  it('traces points where H equals the threshold, for any conic (property)', () => {
    const { map } = xorWithPolynomial()
    const coefficient = fc.double({ min: -3, max: 3, noNaN: true })
    fc.assert(
      fc.property(
        fc.array(coefficient, { minLength: 5, maxLength: 5 }),
        coefficient,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (weights, bias, threshold) => {
          const model = curveModel(map, weights, bias)
          const boundary = curveBoundary(model, threshold, box, 64)
          if (boundary.kind !== 'curve') return
          // Linear interpolation on a cell of side 6/64: z at a traced point is within what the
          // curve's second derivatives can bend away inside one cell.
          const cell = 6 / 64
          const bend = 2 * (Math.abs(weights[2]) + Math.abs(weights[3]) + Math.abs(weights[4]))
          for (const p of boundary.lines.flat()) {
            const z = curveLogit(model, p.x, p.y)
            expect(Math.abs(z - logit(threshold))).toBeLessThanOrEqual(bend * cell * cell + 1e-9)
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
