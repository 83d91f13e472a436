// Chart.js draws on a canvas, which cannot read CSS variables: the palette is the theme's
// variables read into plain colour strings (useChartTheme reads them again whenever the theme
// changes). It also hands the canvas the UI's font stack, so axis titles in Korean are drawn with
// the bundled Korean face (styles/fonts.css) and not as empty boxes where the system has no Hangul.

export interface ChartPalette {
  text: string
  muted: string
  border: string
  surface: string
  accent: string
  ok: string
  danger: string
  warning: string
  /** The font stack (a CSS font-family list) for the canvas's texts. */
  font: string
  /** The canvas's text size in px: three quarters of the root's (12px at the usual 16px, larger
   * in presentation mode, whose root font grows with the screen). */
  fontSize: number
}

type ColourKey = Exclude<keyof ChartPalette, 'font' | 'fontSize'>

const colourVariables: Record<ColourKey, string> = {
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
  surface: '--color-surface',
  accent: '--color-accent',
  ok: '--color-ok',
  danger: '--color-danger',
  warning: '--color-warning'
}

/** Drawn only if the stylesheet has not loaded (a canvas cannot take `var(...)`). */
const NEUTRAL = 'gray'
const NEUTRAL_FONT = 'sans-serif'
/** Chart.js's own default. */
const DEFAULT_FONT_SIZE = 12
const FONT_SIZE_OF_ROOT = 0.75

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element)
  const colours = Object.fromEntries(
    Object.entries(colourVariables).map(([key, name]) => [
      key,
      style.getPropertyValue(name).trim() || NEUTRAL
    ])
  ) as Record<ColourKey, string>
  const rootSize = Number.parseFloat(style.fontSize)
  return {
    ...colours,
    font: style.getPropertyValue('--font-sans').trim() || NEUTRAL_FONT,
    fontSize: rootSize > 0 ? Math.round(rootSize * FONT_SIZE_OF_ROOT) : DEFAULT_FONT_SIZE
  }
}

export function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return (Object.keys(a) as (keyof ChartPalette)[]).every((key) => a[key] === b[key])
}
