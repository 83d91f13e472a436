// The decision line of the shown model (components/charts/decisionBoundary), kept live.
import { computed, type Ref } from 'vue'
import {
  decisionBoundary,
  type Boundary,
  type PlotBounds
} from '@renderer/components/charts/decisionBoundary'

/** The live boundary for two-feature data: recomputed whenever weights, bias or threshold move. */
export function useDecisionBoundary(
  weights: Ref<readonly number[]>,
  bias: Ref<number>,
  threshold: Ref<number>,
  bounds: Ref<PlotBounds>
): Ref<Boundary> {
  return computed(() => decisionBoundary(weights.value, bias.value, threshold.value, bounds.value))
}
