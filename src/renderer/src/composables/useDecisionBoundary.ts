// The decision boundary of the shown model (components/charts/decisionBoundary, or the curve of
// boundaryCurve when polynomial features make it bend), kept live.
import { computed, type Ref } from 'vue'
import {
  decisionBoundary,
  type Boundary,
  type PlotBounds
} from '@renderer/components/charts/decisionBoundary'
import { curveBoundary } from '@renderer/components/charts/boundaryCurve'
import { isCurve, type PlaneSurface } from '@renderer/components/charts/boundaryPlane'

/** The live boundary: recomputed whenever the model, the threshold or the box move. */
export function useDecisionBoundary(
  plane: Ref<PlaneSurface>,
  threshold: Ref<number>,
  bounds: Ref<PlotBounds>
): Ref<Boundary> {
  return computed(() => {
    const model = plane.value
    return isCurve(model)
      ? curveBoundary(model, threshold.value, bounds.value)
      : decisionBoundary(model.weights, model.bias, threshold.value, bounds.value)
  })
}
