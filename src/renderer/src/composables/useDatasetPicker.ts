// The built-in data set picker's state: the set chosen, the generator controls' texts (kept as
// typed, like the settings' fields), the polynomial switch, and each control's problem in words
// naming the control. Load replaces the table through the dataset store (one undoable step).
import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { cellToNumber } from '@core/dataset'
import {
  BUILT_IN_DATASETS,
  DEFAULT_DATASET_ID,
  resolveBuiltInParams,
  type BuiltInDataRequest,
  type BuiltInDatasetId,
  type BuiltInIssue
} from '@core/datasets'
import { useDatasetStore } from '@renderer/stores/dataset'
import { formatCount } from '@renderer/components/data/dataProblemText'

export type GeneratorField = 'rows' | 'noise' | 'seed'
export const GENERATOR_FIELDS: readonly GeneratorField[] = ['rows', 'noise', 'seed']

/** A control's text read as a number, or why it is not one. */
type Parsed = { value: number } | { notANumber: string }

function parse(text: string): Parsed {
  const value = cellToNumber(text)
  return value === null || !Number.isFinite(value) ? { notANumber: text } : { value }
}

export function useDatasetPicker() {
  const { t } = useI18n()
  const store = useDatasetStore()
  const chosen = ref<BuiltInDatasetId>(DEFAULT_DATASET_ID)
  const polynomial = ref(false)
  const drafts = reactive<Record<GeneratorField, string>>({ rows: '', noise: '', seed: '' })
  /** Set by a Load the store refused (a range core checks that a control did not). */
  const loadIssue = ref<BuiltInIssue | null>(null)

  const info = computed(() => BUILT_IN_DATASETS[chosen.value])

  /** The texts of the chosen set's defaults: on opening and on choosing another set. */
  function resetDrafts(): void {
    const { rows, noise, seed } = info.value
    drafts.rows = rows ? String(rows.default) : ''
    drafts.noise = noise ? String(noise.default) : ''
    drafts.seed = seed ? String(seed.default) : ''
    if (!info.value.polynomial) polynomial.value = false
    loadIssue.value = null
  }

  function choose(id: BuiltInDatasetId): void {
    chosen.value = id
    resetDrafts()
  }

  /** The control's name as the picker shows it: the noise control says what its noise does. */
  function fieldName(field: GeneratorField | 'polynomial'): string {
    if (field === 'noise' && info.value.noiseKey) return t(info.value.noiseKey)
    return t(`datasets.params.${field}`)
  }

  function describeIssue(issue: BuiltInIssue): string {
    const field = fieldName(issue.param)
    if (issue.code === 'notApplicable') return t('datasets.errors.notApplicable', { field })
    const key = issue.whole ? 'outOfRangeWhole' : 'outOfRange'
    const bound = (value: number): string => (issue.whole ? formatCount(value) : String(value))
    return t(`datasets.errors.${key}`, { field, min: bound(issue.min), max: bound(issue.max) })
  }

  /** Each generator control's problem, checked against the chosen set's range as typed. */
  const errors = computed(() => {
    const found: Partial<Record<GeneratorField, string>> = {}
    if (!info.value.generated) return found
    for (const field of GENERATOR_FIELDS) {
      const parsed = parse(drafts[field])
      if ('notANumber' in parsed) {
        found[field] = t('datasets.errors.notANumber', {
          field: fieldName(field),
          value: parsed.notANumber
        })
        continue
      }
      const checked = resolveBuiltInParams(chosen.value, { [field]: parsed.value })
      if (!checked.ok) found[field] = describeIssue(checked.issue)
    }
    return found
  })
  const hasErrors = computed(() => Object.keys(errors.value).length > 0)
  const loadError = computed(() => (loadIssue.value ? describeIssue(loadIssue.value) : null))

  function request(): BuiltInDataRequest {
    const asked: BuiltInDataRequest = { polynomial: polynomial.value }
    if (!info.value.generated) return asked
    for (const field of GENERATOR_FIELDS) {
      const parsed = parse(drafts[field])
      if ('value' in parsed) asked[field] = parsed.value
    }
    return asked
  }

  /** Replaces the table with the chosen set; false (saying why) when a control is not valid. */
  function load(): boolean {
    if (hasErrors.value) return false
    const issue = store.loadBuiltIn(chosen.value, request())
    loadIssue.value = issue
    if (issue !== null) return false
    store.tell('datasets.notice.loaded', {
      name: t(info.value.nameKey),
      rows: store.rowCount,
      features: store.featureCount
    })
    return true
  }

  resetDrafts()
  return {
    chosen,
    info,
    drafts,
    polynomial,
    errors,
    hasErrors,
    loadError,
    fieldName,
    choose,
    resetDrafts,
    load
  }
}
