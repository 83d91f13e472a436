import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import type { Theme } from '@shared/contract'
import { resolveTheme } from '@renderer/lib/theme'
import { useTheme } from '@renderer/composables/useTheme'

/** A prefers-color-scheme query whose answer the test changes, as the OS would at dusk. */
function fakeColorScheme(dark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>()
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.delete(listener)
  }
  vi.stubGlobal('matchMedia', () => query)
  return {
    listeners,
    set(next: boolean) {
      query.matches = next
      for (const listener of listeners) listener({ matches: next } as MediaQueryListEvent)
    }
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('themes', () => {
  it('resolves "system" to the OS preference and keeps an explicit choice', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('follows the OS live while the choice is "system", and stops listening when disposed', async () => {
    const os = fakeColorScheme(false)
    const root = document.createElement('html')
    const theme = ref<Theme>('system')
    const scope = effectScope()
    scope.run(() => useTheme(theme, root))
    expect(root.dataset['theme']).toBe('light')
    os.set(true)
    await Promise.resolve()
    expect(root.dataset['theme']).toBe('dark')
    theme.value = 'light'
    await Promise.resolve()
    expect(root.dataset['theme']).toBe('light')
    scope.stop()
    expect(os.listeners.size).toBe(0)
  })
})
