// Zoom and pan from the keyboard, for students who cannot use a wheel or a trackpad.
export type ChartKeyAction = 'zoomIn' | 'zoomOut' | 'panLeft' | 'panRight' | 'resetZoom'

export function chartKeyAction(event: KeyboardEvent): ChartKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  switch (event.key) {
    case '+':
    case '=':
      return 'zoomIn'
    case '-':
    case '_':
      return 'zoomOut'
    case 'ArrowLeft':
      return 'panLeft'
    case 'ArrowRight':
      return 'panRight'
    case '0':
    case 'Home':
      return 'resetZoom'
    default:
      return null
  }
}

/** How much one key press or button click zooms, and pans (a fraction of the plot's width). */
export const ZOOM_STEP = 1.5
export const PAN_STEP = 0.25
