// The decision line's equation for two features, w1·x1 + w2·x2 + b = logit(t): as the words the
// chart says (and screen readers read) and as TeX for the typeset formula. Its numbers follow the
// weights at the numbers' live pace during a run (lib/livePacer), at once otherwise.
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatFixed } from '@core/format'
import { lineExpression } from '@renderer/components/charts/boundaryChartConfig'
import { logit } from '@renderer/components/charts/decisionBoundary'
import { lineTex } from '@renderer/components/charts/modelFormula'
import { useTrainingStore } from '../stores/training'
import type { ShownModel } from '../stores/shownModel'
import { usePacedValue } from './usePacedValue'

export function useLineEquation(
  parameters: Ref<ShownModel>,
  threshold: Ref<number>,
  names: Ref<readonly string[]>,
  /** The plotted features' indices, when not the first two (the TeX names them x_i, x_j). */
  columns: Ref<readonly [number, number]> = computed(() => [0, 1] as const)
) {
  const { t } = useI18n()
  const training = useTrainingStore()
  const shown = usePacedValue(
    () => parameters.value,
    'table',
    () => training.status !== 'running'
  )
  /** Null when there is no line to write (a threshold of 0 or 1, a diverged weight). */
  const text = computed(() => {
    const { weights, bias } = shown.value
    const level = logit(threshold.value)
    if (!Number.isFinite(level) || !weights.every(Number.isFinite)) return null
    return t('charts.boundary.equation', {
      expression: lineExpression(weights, bias, names.value),
      threshold: threshold.value,
      level: formatFixed(level, 4)
    })
  })
  const tex = computed(() =>
    lineTex(shown.value.weights, shown.value.bias, threshold.value, columns.value)
  )
  return { text, tex }
}
