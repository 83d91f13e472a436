// The document's name as the window shows it: its title, else its file's name, else "Untitled";
// and the same with the unsaved mark as the page's (and so the tab's or window's) title.
import { computed, watchEffect, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDocumentStore } from '@renderer/stores/document'

export function useDocumentName(): ComputedRef<string> {
  const { t } = useI18n()
  const doc = useDocumentStore()
  return computed(() => doc.title.trim() || doc.fileName || t('document.untitled'))
}

/** Keeps document.title in step with the document's name and unsaved mark. */
export function useDocumentTitle(): void {
  const { t } = useI18n()
  const doc = useDocumentStore()
  const name = useDocumentName()
  watchEffect(() => {
    // The unsaved mark is a sign, the same in every language (as macOS's dot in the close button).
    const mark = doc.dirty ? '● ' : ''
    document.title =
      mark + t('document.windowTitle', { name: name.value, app: t('common.appName') })
  })
}
