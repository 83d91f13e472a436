// The window's own state: language, theme and the shortcuts overlay. The desktop menu can set
// all three, so this store also answers the menu's commands.
import { defineStore } from 'pinia'
import { onScopeDispose, ref } from 'vue'
import type { Locale, MenuCommand, Theme } from '@shared/contract'
import { detectLocale, rememberLocale } from '../i18n'
import { readRemembered, remember } from '../i18n/remembered'
import { injectLabApi } from '../platform/labApiInjection'
import { useDatasetStore } from './dataset'

const THEME_KEY = 'logit-lab.theme'

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'system'
}

export const useUiStore = defineStore('ui', () => {
  const api = injectLabApi()
  const locale = ref<Locale>(detectLocale())
  const saved = readRemembered(THEME_KEY)
  const theme = ref<Theme>(isTheme(saved) ? saved : 'system')
  const helpOpen = ref(false)

  function tellShell(next: Locale): void {
    void api.setLocale(next).then((result) => {
      if (!result.ok) console.warn('Logit Lab: the menus keep their language', result.error)
    })
  }

  function setLocale(next: Locale): void {
    locale.value = next
    rememberLocale(next)
    tellShell(next)
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
    }
  }

  const unsubscribe = api.onMenuCommand(handleMenuCommand)
  onScopeDispose(unsubscribe)
  // The desktop shell starts in the OS language; bring its menus in line with the window.
  tellShell(locale.value)

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
