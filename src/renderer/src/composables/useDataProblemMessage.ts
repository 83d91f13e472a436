// The data's first problem as the sentence the Train button's note shows, in the wording every
// other place uses (components/data/dataProblemText), kept live as the data changes.
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeDataProblem, formatCount } from '@renderer/components/data/dataProblemText'
import { useDatasetStore } from '../stores/dataset'

/**
 * Why the data cannot be trained on, as one translated sentence, or null when it can. For the
 * Train button's message: `const reason = useDataProblemMessage()`.
 */
export function useDataProblemMessage(): ComputedRef<string | null> {
  const { t } = useI18n()
  const store = useDatasetStore()
  return computed(() => {
    const first = store.problems[0]
    if (first === undefined) return null
    const names = { featureNames: store.featureNames, labelName: store.labelName }
    const sentence = describeDataProblem(t, first, names)
    if (store.problemCount <= 1) return sentence
    return t('data.problem.andMore', { sentence, count: formatCount(store.problemCount - 1) })
  })
}
