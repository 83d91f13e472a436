// What the Compare view draws: each kept run (and, when asked, the current run) as a series with
// its label (the settings in which the shown runs differ), its colour and dash, and its curve.
// The current run is taken from the training store whenever it stops moving (paused or ended);
// it is left out while it is the same as a kept run, which would draw one line twice.
import { computed, ref, shallowRef, watch, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { keptRunOf, type KeptRun } from '@shared/session'
import { sameKeptRun, useCompareStore } from '@renderer/stores/compare'
import { useTrainingStore } from '@renderer/stores/training'
import { differenceLabels } from '@renderer/components/compare/compareLabels'
import {
  currentTheme,
  slotLook,
  type CompareTheme,
  type SlotLook
} from '@renderer/components/compare/comparePalette'
import { useChartTheme } from './useChartTheme'

export interface CompareSeries {
  /** The kept entry's id, or null for the current run. */
  id: number | null
  /** "Run 2" / "Current run": who it is, then what differs. */
  name: string
  label: string
  look: SlotLook
  run: KeptRun
}

export interface CompareSeriesView {
  series: ComputedRef<CompareSeries[]>
  showCurrent: Ref<boolean>
}

export function useCompareSeries(): CompareSeriesView {
  const { t } = useI18n()
  const compare = useCompareStore()
  const training = useTrainingStore()
  const palette = useChartTheme()
  const showCurrent = ref(true)
  const current = shallowRef<KeptRun | null>(null)

  // Paused or ended: one consistent moment to draw (a running run would be copied every frame).
  watch(
    () => [training.status, training.runId, training.epoch, showCurrent.value] as const,
    async ([status]) => {
      if (!showCurrent.value || status === 'idle') current.value = null
      else if (status !== 'running') {
        const run = await training.captureRun()
        current.value =
          run && run.history.epochs.length > 0 ? keptRunOf({ ...run, state: 'stopped' }) : null
      }
    },
    { immediate: true }
  )

  const theme = computed<CompareTheme>(() => {
    void palette.value
    return currentTheme()
  })

  const series = computed<CompareSeries[]>(() => {
    const entries = compare.entries
    const shown = current.value
    const withCurrent =
      shown !== null && !entries.some((entry) => sameKeptRun(entry.run, shown)) ? shown : null
    const runs = [...entries.map((entry) => entry.run), ...(withCurrent ? [withCurrent] : [])]
    const labels = differenceLabels(
      runs.map((run) => run.config),
      t
    )
    const kept = entries.map((entry, k) => ({
      id: entry.id,
      name: t('compare.number', { n: k + 1 }),
      label: labels[k],
      look: slotLook(entry.slot, theme.value),
      run: entry.run
    }))
    if (withCurrent === null) return kept
    const look = { colour: palette.value.text, dash: [] }
    return [
      ...kept,
      { id: null, name: t('compare.current'), label: labels[kept.length], look, run: withCurrent }
    ]
  })

  return { series, showCurrent }
}
