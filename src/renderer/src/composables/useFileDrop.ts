// A panel that takes a file dropped on it: `dragging` while files are held over it (the panel shows
// where to drop), and the first dropped file handed to `open`. Drags of anything but files (text,
// a selection) are left to the browser.
import { ref } from 'vue'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

export function useFileDrop(open: (file: File) => void) {
  const dragging = ref(false)

  function over(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    dragging.value = true
  }

  const listeners = {
    dragenter: over,
    dragover: over,
    dragleave(event: DragEvent): void {
      // Moving onto a child of the panel is not leaving it.
      const into = event.relatedTarget
      const panel = event.currentTarget
      if (!(into instanceof Node) || !(panel instanceof Node) || !panel.contains(into)) {
        dragging.value = false
      }
    },
    drop(event: DragEvent): void {
      dragging.value = false
      const file = event.dataTransfer?.files[0]
      if (!file) return
      event.preventDefault()
      open(file)
    }
  }

  return { dragging, listeners }
}
