// Puts the effective theme on <html data-theme>: the user's choice, or the OS's when the choice
// is "system" (followed live, so switching the OS to dark at dusk switches the app too).
import { onScopeDispose, ref, watchEffect, type Ref } from 'vue'
import type { Theme } from '@shared/contract'
import { resolveTheme } from '../lib/theme'

export function useTheme(theme: Ref<Theme>, root: HTMLElement = document.documentElement): void {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
  const osPrefersDark = ref(query?.matches ?? false)
  const onChange = (event: MediaQueryListEvent): void => {
    osPrefersDark.value = event.matches
  }
  query?.addEventListener('change', onChange)
  onScopeDispose(() => query?.removeEventListener('change', onChange))
  watchEffect(() => {
    root.dataset['theme'] = resolveTheme(theme.value, osPrefersDark.value)
  })
}
