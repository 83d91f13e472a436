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
}

const variables: Record<keyof ChartPalette, string> = {
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
  surface: '--color-surface',
  accent: '--color-accent',
  ok: '--color-ok',
  danger: '--color-danger',
  warning: '--color-warning',
  font: '--font-sans'
}

/** Drawn only if the stylesheet has not loaded (a canvas cannot take `var(...)`). */
const NEUTRAL = 'gray'
const NEUTRAL_FONT = 'sans-serif'

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element)
  const palette = {} as ChartPalette
  for (const key of Object.keys(variables) as (keyof ChartPalette)[]) {
    palette[key] =
      style.getPropertyValue(variables[key]).trim() || (key === 'font' ? NEUTRAL_FONT : NEUTRAL)
  }
  return palette
}

export function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return (Object.keys(variables) as (keyof ChartPalette)[]).every((key) => a[key] === b[key])
}
