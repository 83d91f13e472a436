// The theme the page is drawn in: the user's choice, or the OS's when the choice is "system".
import type { Theme } from '@shared/contract'

export type EffectiveTheme = 'light' | 'dark'

export function resolveTheme(theme: Theme, osPrefersDark: boolean): EffectiveTheme {
  if (theme === 'system') return osPrefersDark ? 'dark' : 'light'
  return theme
}
