// A field error as a sentence in the UI's language. Bounds are printed the same way in both
// languages (plain digits), like every number in the app.
import { useI18n } from 'vue-i18n'
import { MAX_LOG_LINES } from '@shared/limits'
import type { FieldError } from '../stores/settingsRules'

export function useSettingsErrorText(): (error: FieldError | undefined) => string | null {
  const { t, n } = useI18n()
  return (error) => {
    if (!error) return null
    return t(`settings.errors.${error.code}`, {
      limit: String(error.limit ?? ''),
      lines: n(MAX_LOG_LINES, 'integer')
    })
  }
}
