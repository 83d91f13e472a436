// The window's own state: language, theme, the shortcuts overlay and presentation mode. The
// desktop menu can set all four, so this store also answers the menu's commands (handing the
// document's and the model's to their stores), and tells the shell every change of language,
// theme or presentation, wherever it was made (header, keyboard, menu), so the menu's radio items
// and its Presentation tick never go stale.
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
import { useShareStore } from './share'

const THEME_KEY = 'logit-lab.theme'

export const useUiStore = defineStore('ui', () => {
  const api = injectLabApi()
  const locale = ref<Locale>(detectLocale())
  const saved = readRemembered(THEME_KEY)
  const theme = ref<Theme>(isTheme(saved) ? saved : 'system')
  const helpOpen = ref(false)
  // Not remembered: a reload (or the next lesson) starts at the desk, with every panel.
  const presenting = ref(false)

  function tellShell(): void {
    const preferences = { locale: locale.value, theme: theme.value, presenting: presenting.value }
    void api.setPreferences(preferences).then((result) => {
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

  function setPresenting(on: boolean): void {
    presenting.value = on
  }

  function togglePresenting(): void {
    presenting.value = !presenting.value
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
      case 'setPresenting':
        setPresenting(command.on)
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
        return
      case 'copyShareLink':
        void useShareStore().makeLink()
        return
      case 'openShareLink':
        useShareStore().askForLink()
    }
  }

  const unsubscribe = api.onMenuCommand(handleMenuCommand)
  onScopeDispose(unsubscribe)
  // The desktop shell starts in the OS language and the system theme; bring its menus in line
  // with the window now, and after every change (from the header, the menu or a restore).
  tellShell()
  watch([locale, theme, presenting], tellShell)

  return {
    locale,
    theme,
    helpOpen,
    presenting,
    setLocale,
    setTheme,
    openHelp,
    closeHelp,
    setPresenting,
    togglePresenting,
    handleMenuCommand
  }
})
