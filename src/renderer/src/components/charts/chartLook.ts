// What every chart here shares: the options for a chart that is redrawn, never animated, and
// fills its box; axes and tooltips in the theme's colours and the UI's fonts. Applied at creation
// and again on a change of theme, language or loaded fonts (see chartSetup: looks change through
// the plain configuration).
import type { ChartOptions, TooltipOptions } from 'chart.js'
import type { ChartPalette } from './chartPalette'
import type { LineChartConfig } from './chartSetup'

export const CHART_BASE_OPTIONS = {
  // Tick labels look the same whatever the system's language (1,000 in Korean and English).
  locale: 'en-US',
  animation: false,
  responsive: true,
  maintainAspectRatio: false
} satisfies ChartOptions<'line'>

/** An axis's title, grid and ticks in the theme's colours and the UI's font stack. */
export function axisLook(palette: ChartPalette, title: string) {
  const font = { family: palette.font, size: palette.fontSize }
  return {
    title: { display: true, text: title, color: palette.muted, font },
    grid: { color: palette.border },
    ticks: { color: palette.muted, font }
  }
}

/** The tooltip in the theme's colours, with the chart's own texts; its other options are kept. */
export function applyTooltipLook(
  chart: LineChartConfig,
  palette: ChartPalette,
  callbacks: Partial<TooltipOptions<'line'>['callbacks']>
): void {
  const plugins = chart.options.plugins ?? {}
  plugins.tooltip = {
    ...plugins.tooltip,
    backgroundColor: palette.surface,
    titleColor: palette.text,
    bodyColor: palette.text,
    borderColor: palette.border,
    borderWidth: 1,
    titleFont: { family: palette.font, size: palette.fontSize },
    bodyFont: { family: palette.font, size: palette.fontSize },
    callbacks
  }
  chart.options.plugins = plugins
}
