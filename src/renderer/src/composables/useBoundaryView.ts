// The box the decision plot shows. It follows the data with a margin (decisionBoundary.boundsOf):
// after an import, a table edit or an undo it fits the data again. Two exceptions keep the plot
// from jumping under the pointer: while a point is dragged the box holds still, and after an edit
// made on the plot it only grows (a point added near the edge stays where it was clicked).
// "Reset view" fits the data again at once.
import { computed, shallowRef, watch, type Ref } from 'vue'
import type { Dataset } from '@core/dataset'
import { boundsOf, type PlotBounds } from '@renderer/components/charts/decisionBoundary'
import type { FeaturePair } from '@renderer/components/charts/boundaryPlane'

export function unionBounds(a: PlotBounds, b: PlotBounds): PlotBounds {
  return {
    xMin: Math.min(a.xMin, b.xMin),
    xMax: Math.max(a.xMax, b.xMax),
    yMin: Math.min(a.yMin, b.yMin),
    yMax: Math.max(a.yMax, b.yMax)
  }
}

export function sameBounds(a: PlotBounds, b: PlotBounds): boolean {
  return a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax
}

/**
 * Column j of row-major features. A plain loop: Float64Array.from with a mapping function takes
 * the generic iteration path, ~10 ms for each of the two columns of a 100,000-row table at every
 * table edit.
 */
function columnOf({ x, rows, cols }: Dataset, j: number): Float64Array {
  const column = new Float64Array(rows)
  for (let i = 0; i < rows; i++) column[i] = x[i * cols + j]
  return column
}

/** The fitted box of two columns of the data. */
export function fitBounds(dataset: Dataset, pair: FeaturePair): PlotBounds {
  return boundsOf(columnOf(dataset, pair.x), columnOf(dataset, pair.y))
}

export function useBoundaryView(
  dataset: Ref<Dataset>,
  pair: Ref<FeaturePair>,
  /** The data's revision (the dataset store's counter). */
  revision: Ref<number>
) {
  const fitted = computed(() => fitBounds(dataset.value, pair.value))
  const view = shallowRef<PlotBounds>(fitted.value)
  const held = shallowRef(false)
  /** The revision an edit on the plot produced: that change only grows the box. */
  let ownRevision = -1

  function follow(): void {
    const next =
      revision.value === ownRevision ? unionBounds(view.value, fitted.value) : fitted.value
    if (!sameBounds(next, view.value)) view.value = next
  }

  watch(fitted, () => {
    if (!held.value) follow()
  })
  function reset(): void {
    ownRevision = -1
    if (!sameBounds(view.value, fitted.value)) view.value = fitted.value
  }
  watch(pair, reset)

  return {
    view,
    /** Holds the box still (a drag), or lets it follow the data again. */
    hold(on: boolean): void {
      held.value = on
      if (!on) follow()
    },
    /** Call right after an edit made on the plot (the store's revision has moved). */
    editedOnPlot(): void {
      ownRevision = revision.value
    },
    reset
  }
}
