// The log follows its newest line, like a terminal, until the user scrolls up to read; it follows
// again once they scroll back to the bottom (or press "Latest line"). Scrolling up is recognised
// from the user's own input (wheel, keys, a held scrollbar), not just from the scroll position:
// at 60 new lines a second, a position check alone would yank the log back down mid-gesture.
//
// The log goes to its end once the new lines are laid out: a ResizeObserver on the lines' block
// is told after the frame's layout, before its paint. Scrolling from a watcher right after Vue's
// update read the page's layout in the middle of the frame's work (9-17 ms of forced layout in
// bench:ui's slowest frames).
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'

const KEYS_THAT_SCROLL_UP = new Set(['ArrowUp', 'PageUp', 'Home'])

export function useTrainingLogFollow(
  scroller: Ref<HTMLElement | null>,
  /** The block of all lines inside the scroller: it grows as lines arrive. */
  content: Ref<HTMLElement | null>,
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

  // A new run's empty log is followed again, wherever the last one was left.
  watch(count, (lines) => {
    if (lines === 0) following.value = true
  })
  // Also told once when observing starts: the view may be created already holding lines.
  const observer = new ResizeObserver(() => {
    if (following.value && !pointerHeld) scrollToEnd()
  })
  onMounted(() => {
    if (content.value) observer.observe(content.value)
  })
  onBeforeUnmount(() => observer.disconnect())

  function jumpToEnd(): void {
    following.value = true
    scrollToEnd()
  }

  return { following, listeners, jumpToEnd }
}
