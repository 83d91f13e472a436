// Puts presentation mode on <html class="presenting">: its stylesheet (styles/presentation.css)
// scales the root font, which rem sizes and the charts' texts (useChartTheme) follow.
import { watchEffect, type Ref } from 'vue'

export function usePresentation(
  presenting: Ref<boolean>,
  root: HTMLElement = document.documentElement
): void {
  watchEffect(() => {
    root.classList.toggle('presenting', presenting.value)
  })
}
