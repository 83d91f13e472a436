// Draws the decision plot: the points by class, the line, the rings (wrong predictions, the
// picked row) and the shading, all on one animation frame however many training frames arrived
// (at the charts' live pace during a run; at once when the student changed something). The chart
// is never rebuilt: its datasets are replaced and it is updated without animation.
import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import type { Chart } from 'chart.js'
import type { Dataset } from '@core/dataset'
import { useTrainingStore } from '@renderer/stores/training'
import { createFrameScheduler } from '@renderer/lib/frameScheduler'
import type { ChartPalette } from '@renderer/components/charts/chartPalette'
import type { ChartPoint, LineChartConfig } from '@renderer/components/charts/chartSetup'
import type { Boundary, PlotBounds } from '@renderer/components/charts/decisionBoundary'
import type { FeaturePair, PlaneSurface } from '@renderer/components/charts/boundaryPlane'
import { wrongPoints, type PlottedRows } from '@renderer/components/charts/boundaryPoints'
import { parseHexColour } from '@renderer/components/charts/probabilityField'
import { FieldPainter, shadingPlugin } from '@renderer/components/charts/shadingPlugin'
import { backgroundPlugin } from '@renderer/components/charts/backgroundPlugin'
import {
  applyBoundaryLook,
  boundaryChartConfig,
  CLASS0,
  CLASS1,
  LINE,
  linePoints,
  MARK,
  WRONG,
  type BoundaryLook
} from '@renderer/components/charts/boundaryChartConfig'
import { useFrameClock } from './useFrameClock'
import { useLivePacer } from './useLivePacer'
import { useI18n } from 'vue-i18n'

export interface BoundaryDrawingInput {
  palette: Ref<ChartPalette>
  names: Ref<readonly string[]>
  threshold: Ref<number>
  view: Ref<PlotBounds>
  boundary: Ref<Boundary>
  plane: Ref<PlaneSurface>
  rows: Ref<PlottedRows>
  markedRow: Ref<number | null>
  /** What the wrong predictions are computed from (read on the frame they are drawn). */
  wrongOf: () => {
    dataset: Dataset
    pair: FeaturePair
    weights: readonly number[]
    bias: number
  }
}

export function useBoundaryDrawing(input: BoundaryDrawingInput) {
  const { t } = useI18n()
  const training = useTrainingStore()
  const painter = new FieldPainter()
  let chart: Chart<'line', ChartPoint[]> | null = null
  let config: LineChartConfig | null = null
  /** How many plotted rows the model gets wrong, as last drawn. */
  const wrongCount = shallowRef(0)

  function look(): BoundaryLook {
    return {
      palette: input.palette.value,
      bounds: input.view.value,
      labels: {
        class0: t('charts.boundary.class0'),
        class1: t('charts.boundary.class1'),
        line: t('charts.boundary.line', { threshold: input.threshold.value }),
        wrong: t('charts.boundary.wrong'),
        mark: t('charts.boundary.mark'),
        xAxis: input.names.value[0],
        yAxis: input.names.value[1]
      }
    }
  }

  function shade(): void {
    const { palette, view, plane, threshold } = input
    const model = plane.value
    const valid = [...model.weights, model.bias].every(Number.isFinite)
    painter.set(
      valid
        ? {
            bounds: view.value,
            model,
            threshold: threshold.value,
            colours: {
              class0: parseHexColour(palette.value.warning),
              class1: parseHexColour(palette.value.accent)
            }
          }
        : null
    )
  }

  /**
   * A new look (theme, language, the box, the threshold) waits for the next frame's draw: it
   * comes with a change that also asks for a frame (a table edit moves the box and the points),
   * and drawing it at once drew the plot twice per edit, once inside the edit's own task.
   */
  let lookChanged = false

  function draw(): void {
    if (chart === null) return
    // 'default' after a change of look: Chart.js refreshes the points' colours only then.
    const mode = lookChanged ? 'default' : 'none'
    lookChanged = false
    const { rows, markedRow, threshold } = input
    const sets = chart.data.datasets
    sets[CLASS0].data = rows.value.class0
    sets[CLASS1].data = rows.value.class1
    sets[LINE].data = linePoints(input.boundary.value)
    const { dataset, pair, weights, bias } = input.wrongOf()
    const wrong = wrongPoints(dataset, rows.value.all, pair, weights, bias, threshold.value)
    sets[WRONG].data = wrong
    wrongCount.value = wrong.length
    const marked = rows.value.all.find((point) => point.row === markedRow.value)
    sets[MARK].data = marked ? [marked] : []
    shade()
    chart.update(mode)
  }

  const frame = createFrameScheduler(() => draw(), useFrameClock(), {
    pacer: useLivePacer(),
    view: 'chart'
  })
  onScopeDispose(() => frame.cancel())
  watch([input.boundary, input.plane, input.rows, input.markedRow, input.threshold], () =>
    training.status === 'running' ? frame.request() : frame.requestNow()
  )

  function refreshLook(): void {
    if (chart === null || config === null) return
    applyBoundaryLook(config, look())
    lookChanged = true
    frame.requestNow()
  }
  watch([input.palette, input.view, input.names, input.threshold], refreshLook)

  return {
    wrongCount: computed(() => wrongCount.value),
    refreshLook,
    /** The configuration to create the chart from (kept: looks change through it). */
    config(): LineChartConfig {
      config = boundaryChartConfig(look())
      config.plugins = [backgroundPlugin(() => input.palette.value.surface), shadingPlugin(painter)]
      return config
    },
    attach(created: Chart<'line', ChartPoint[]>): void {
      chart = created
      draw()
    },
    detach(): void {
      frame.cancel()
      chart = null
    }
  }
}
