// What every setting component needs: the translations, the settings store, and whether a run
// has locked the settings. The Settings panel provides the lock once, instead of each setting
// taking a `disabled` prop and passing it down.
import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import { useI18n } from 'vue-i18n'
import { useSettingsStore } from '../stores/settings'

const settingsLockedKey: InjectionKey<ComputedRef<boolean>> = Symbol('settingsLocked')

/** In the Settings panel: while `locked` is true, settings that shape a run cannot change. */
export function provideSettingsLock(locked: ComputedRef<boolean>): void {
  provide(settingsLockedKey, locked)
}

export function useSettingField() {
  const { t } = useI18n()
  const settings = useSettingsStore()
  const locked = inject(
    settingsLockedKey,
    computed(() => false)
  )
  return { t, settings, locked }
}
