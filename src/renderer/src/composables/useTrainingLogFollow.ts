// The log follows its newest line, like a terminal, until the user scrolls up to read; it follows
// again once they scroll back to the bottom (or press "Latest line"). Scrolling up is recognised
// from the user's own input (wheel, keys, a held scrollbar), not just from the scroll position:
// at 60 new lines a second, a position check alone would yank the log back down mid-gesture.
import { nextTick, ref, watch, type Ref } from 'vue'

const KEYS_THAT_SCROLL_UP = new Set(['ArrowUp', 'PageUp', 'Home'])

export function useTrainingLogFollow(
  scroller: Ref<HTMLElement | null>,
  count: () => number,
  /** How near the bottom still counts as at the bottom: a line's height. */
  slack: () => number
) {
  const following = ref(true)
  let pointerHeld = false

  function atBottom(element: HTMLElement): boolean {
    return element.scrollTop + element.clientHeight >= element.scrollHeight - slack()
  }

  function scrollToEnd(): void {
    const element = scroller.value
    if (element) element.scrollTop = element.scrollHeight
  }

  const listeners = {
    scroll(): void {
      const element = scroller.value
      if (element) following.value = atBottom(element)
    },
    wheel(event: WheelEvent): void {
      if (event.deltaY < 0) following.value = false
    },
    keydown(event: KeyboardEvent): void {
      if (KEYS_THAT_SCROLL_UP.has(event.key)) following.value = false
    },
    pointerdown(): void {
      pointerHeld = true
      window.addEventListener('pointerup', () => (pointerHeld = false), { once: true })
    }
  }

  // Immediate: the view is created when the first lines arrive, already holding them.
  watch(
    count,
    async (lines) => {
      if (lines === 0) following.value = true
      if (!following.value || pointerHeld) return
      await nextTick()
      scrollToEnd()
    },
    { immediate: true }
  )

  function jumpToEnd(): void {
    following.value = true
    scrollToEnd()
  }

  return { following, listeners, jumpToEnd }
}
