// Chart.js draws on a 2D canvas context, which happy-dom does not have. Component tests replace
// the Chart class at the module boundary with this recorder: it keeps the configuration it was
// given (the real data and options objects the component mutates) and counts what was asked of it.
import { vi, type Mock } from 'vitest'
import type { ChartConfiguration } from 'chart.js'

export class FakeChart {
  static instances: FakeChart[] = []
  static register: Mock<(...plugins: unknown[]) => void> = vi.fn()

  data: ChartConfiguration['data']
  readonly updates: (string | undefined)[] = []
  destroyed = false
  zoomed = false
  width = 400
  chartArea = { left: 40, right: 440, top: 0, bottom: 200 }
  scales = { x: { min: 0, max: 100 } }
  readonly zoom = vi.fn(() => {
    this.zoomed = true
  })
  readonly pan = vi.fn(() => {
    this.zoomed = true
  })
  readonly resetZoom = vi.fn(() => {
    this.zoomed = false
  })

  constructor(
    readonly canvas: HTMLCanvasElement,
    readonly config: ChartConfiguration
  ) {
    this.data = config.data
    FakeChart.instances.push(this)
  }

  /**
   * The real `chart.options` is Chart.js's resolver proxy: reading through it evaluates scriptable
   * options (spreading it once called the tooltip filter out of context). Components must change
   * looks through the plain configuration instead, so this fake refuses the read.
   */
  get options(): never {
    throw new Error('read chart.options: change the plain configuration instead')
  }

  update(mode?: string): void {
    this.updates.push(mode)
  }

  destroy(): void {
    this.destroyed = true
  }

  isZoomedOrPanned(): boolean {
    return this.zoomed
  }

  toBase64Image(): string {
    return 'data:image/png;base64,iVBORw0KGgo='
  }

  static reset(): void {
    FakeChart.instances = []
  }

  /** The chart whose canvas has this accessible name prefix. */
  static titled(prefix: string): FakeChart {
    const found = FakeChart.instances.find((chart) =>
      (chart.canvas.getAttribute('aria-label') ?? '').startsWith(prefix)
    )
    if (!found) throw new Error(`no chart titled ${prefix}`)
    return found
  }
}
