// Keeps vue-i18n's language and <html lang> in step with the UI store, so screen readers
// pronounce the page in the language it is shown in.
import { watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '@shared/contract'

export function useLocale(locale: Ref<Locale>, root: HTMLElement = document.documentElement): void {
  const i18n = useI18n({ useScope: 'global' })
  watch(
    locale,
    (next) => {
      i18n.locale.value = next
      root.lang = next
    },
    { immediate: true }
  )
}
