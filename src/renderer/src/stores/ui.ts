// The window's own state: language, theme and the shortcuts overlay. The desktop menu can set
// all three, so this store also answers the menu's commands (handing the document's and the
// model's to their stores), and tells the shell every change of
// language or theme, wherever it was made, so the menu's radio items never go stale.
import { defineStore } from 'pinia'
import { onScopeDispose, ref, watch } from 'vue'
import type { Locale, MenuCommand, Theme } from '@shared/contract'
import { isTheme } from '@shared/preferences'
import { detectLocale, rememberLocale } from '../i18n'
import { readRemembered, remember } from '../i18n/remembered'
import { injectLabApi } from '../platform/labApiInjection'
import { useDatasetStore } from './dataset'
import { useDocumentStore } from './document'
import { useModelExportStore } from './modelExport'

const THEME_KEY = 'logit-lab.theme'

export const useUiStore = defineStore('ui', () => {
  const api = injectLabApi()
  const locale = ref<Locale>(detectLocale())
  const saved = readRemembered(THEME_KEY)
  const theme = ref<Theme>(isTheme(saved) ? saved : 'system')
  const helpOpen = ref(false)

  function tellShell(): void {
    void api.setPreferences({ locale: locale.value, theme: theme.value }).then((result) => {
      if (!result.ok) console.warn('Logit Lab: the menus keep their language', result.error)
    })
  }

  function setLocale(next: Locale): void {
    locale.value = next
    rememberLocale(next)
  }

  function setTheme(next: Theme): void {
    theme.value = next
    remember(THEME_KEY, next)
  }

  function openHelp(): void {
    helpOpen.value = true
  }

  function closeHelp(): void {
    helpOpen.value = false
  }

  function handleMenuCommand(command: MenuCommand): void {
    switch (command.kind) {
      case 'setLocale':
        setLocale(command.locale)
        return
      case 'setTheme':
        setTheme(command.theme)
        return
      case 'showShortcuts':
        openHelp()
        return
      case 'importCsv':
        // The Data panel opens its file chooser and preview, as for its own Import button.
        useDatasetStore().openImportDialog()
        return
      case 'exportCsv':
        useDatasetStore().exportCsv()
        return
      case 'newDocument':
        void useDocumentStore().newDocument()
        return
      case 'openDocument':
        void useDocumentStore().openDocument()
        return
      case 'saveDocument':
        void useDocumentStore().save(command.as)
        return
      case 'exportModel':
        // The menu names a file kind; the PyTorch training code in the lab's low-level style.
        void useModelExportStore().exportModel(command.format)
        return
      case 'importWeights':
        useModelExportStore().requestImport()
    }
  }

  const unsubscribe = api.onMenuCommand(handleMenuCommand)
  onScopeDispose(unsubscribe)
  // The desktop shell starts in the OS language and the system theme; bring its menus in line
  // with the window now, and after every change (from the header, the menu or a restore).
  tellShell()
  watch([locale, theme], tellShell)

  return {
    locale,
    theme,
    helpOpen,
    setLocale,
    setTheme,
    openHelp,
    closeHelp,
    handleMenuCommand
  }
})
