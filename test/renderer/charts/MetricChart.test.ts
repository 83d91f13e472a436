// The cost and accuracy charts as a student uses them, with Chart.js replaced at its constructor
// (happy-dom has no canvas): created once, fed once per animation frame, cleared on a new run,
// described in words, zoomable from the keyboard, and saved as PNG.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MetricChart from '@renderer/components/charts/MetricChart.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'
import { FakeChart } from './fakeChart'

vi.mock('chart.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('chart.js')>()
  const { FakeChart } = await import('./fakeChart')
  return { ...actual, Chart: FakeChart }
})

const frames = handDrivenFrames()
beforeEach(() => FakeChart.reset())
afterEach(() => {
  document.documentElement.removeAttribute('style')
  document.documentElement.removeAttribute('data-theme')
})
// Registered last, so it runs first (after-hooks run as a stack): unmount, then reset the page.
cleanUpAfterEach()

function mountChart(metric: 'cost' | 'accuracy', locale: 'en' | 'ko' = 'en') {
  const { wrapper, api } = mountLab(MetricChart, { locale, props: { metric } })
  expect(FakeChart.instances).toHaveLength(1)
  return { wrapper, api, chart: FakeChart.instances[0] }
}

/** Let the training store apply queued frames, then let the chart draw: two animation frames. */
async function passFrames(): Promise<void> {
  frames.run()
  await settle()
  frames.run()
  await settle()
}

const xs = (chart: FakeChart, dataset = 0) =>
  (chart.data.datasets[dataset].data as { x: number }[]).map((p) => p.x)

describe('metric chart', () => {
  it('starts empty, says so, and names the canvas', () => {
    const { wrapper, chart } = mountChart('cost')
    const canvas = wrapper.get('canvas')
    expect(canvas.attributes('role')).toBe('img')
    expect(canvas.attributes('aria-label')).toBe(
      'Cost per epoch. No training yet: press Train and the curve streams in here.'
    )
    expect(xs(chart)).toEqual([])
  })

  it('appends streamed epochs with one redraw per animation frame, never a new chart', async () => {
    const { wrapper, api, chart } = mountChart('cost')
    await useTrainingStore().train()
    await passFrames() // the new run's reset is drawn
    api.emitFrame(makeFrame('run-1', 0, [0, 1, 2]))
    api.emitFrame(makeFrame('run-1', 1, [3, 4]))
    api.emitFrame(makeFrame('run-1', 2, [5, 100]))
    const before = chart.updates.length
    await passFrames()
    expect(chart.updates.length - before).toBe(1)
    expect(chart.updates.at(-1)).toBe('none') // no animation
    expect(xs(chart)).toEqual([0, 1, 2, 3, 4, 5, 100])
    expect(xs(chart, 1)).toEqual([0, 100]) // logged epochs marked
    // Chart.js is handed a copy each frame: it listens to pushes on its arrays and revisits every
    // point per push, so the series must never grow the array Chart.js holds.
    const handed = chart.data.datasets[0].data
    api.emitFrame(makeFrame('run-1', 3, [200]))
    await passFrames()
    expect(handed).toHaveLength(7)
    expect(chart.data.datasets[0].data).not.toBe(handed)
    expect(chart.updates.length - before).toBe(2)
    expect(xs(chart)).toEqual([0, 1, 2, 3, 4, 5, 100, 200])
    expect(FakeChart.instances).toHaveLength(1)
    // The text alternative follows: latest and lowest cost, 6 decimals.
    expect(wrapper.get('canvas').attributes('aria-label')).toBe(
      'Cost per epoch. Latest: epoch 200, cost 0.004950. Lowest: 0.004950 at epoch 200.'
    )
  })

  it('clears when a new run starts', async () => {
    const { api, chart } = mountChart('accuracy')
    const training = useTrainingStore()
    await training.train()
    api.emitFrame(makeFrame('run-1', 0, [0, 1, 2]))
    await passFrames()
    expect(xs(chart)).toHaveLength(3)
    await training.resetWeights()
    await passFrames()
    expect(xs(chart)).toEqual([])
    expect(xs(chart, 1)).toEqual([])
  })

  it('switches the cost axis to a log scale and back', async () => {
    const { wrapper, chart } = mountChart('cost')
    const toggle = wrapper.get('input[type="checkbox"]')
    await toggle.setValue(true)
    // A new look is drawn on the next frame, not in the task of the click.
    expect(chart.config.options?.scales?.y?.type).toBe('linear')
    frames.run()
    expect(chart.config.options?.scales?.y?.type).toBe('logarithmic')
    await toggle.setValue(false)
    frames.run()
    expect(chart.config.options?.scales?.y?.type).toBe('linear')
  })

  it('zooms, pans and resets from the keyboard and from the buttons', async () => {
    const { wrapper, chart } = mountChart('cost')
    const canvas = wrapper.get('canvas')
    expect(canvas.attributes('tabindex')).toBe('0')
    await canvas.trigger('keydown', { key: '+' })
    expect(chart.zoom).toHaveBeenLastCalledWith({ x: 1.5 })
    await canvas.trigger('keydown', { key: 'ArrowRight' })
    expect(chart.pan).toHaveBeenCalledWith({ x: -100 }, undefined, 'none')
    await canvas.trigger('keydown', { key: '0' })
    expect(chart.resetZoom).toHaveBeenCalled()
    await wrapper.get('button[aria-label="Zoom out"]').trigger('click')
    expect(chart.zoom).toHaveBeenLastCalledWith({ x: 1 / 1.5 })
    await wrapper.get('button[aria-label="Reset zoom"]').trigger('click')
    expect(chart.resetZoom).toHaveBeenCalledTimes(2)
  })

  it('saves the chart as a PNG file', async () => {
    const { wrapper } = mountChart('cost')
    const clicked: { href: string; download: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({ href: this.href, download: this.download })
    })
    await wrapper.get('button[aria-label="Save as PNG"]').trigger('click')
    expect(clicked).toEqual([
      { href: 'data:image/png;base64,iVBORw0KGgo=', download: 'logit-lab-cost.png' }
    ])
  })

  it('takes its colours from the theme variables and follows a theme change', async () => {
    const root = document.documentElement
    root.style.setProperty('--color-accent', 'rgb(31, 95, 191)')
    const { chart } = mountChart('cost')
    expect(chart.data.datasets[0].borderColor).toBe('rgb(31, 95, 191)')
    root.style.setProperty('--color-accent', 'rgb(110, 168, 255)')
    root.setAttribute('data-theme', 'dark')
    await new Promise((resolve) => setTimeout(resolve, 0))
    await settle()
    frames.run()
    expect(chart.data.datasets[0].borderColor).toBe('rgb(110, 168, 255)')
    // A full update (not 'none'): only then does Chart.js refresh the points' shared colours.
    expect(chart.updates.at(-1)).toBeUndefined()
  })

  it('speaks Korean in Korean', () => {
    const { wrapper } = mountChart('accuracy', 'ko')
    expect(wrapper.get('canvas').attributes('aria-label')).toContain('에포크별 정확도')
    expect(wrapper.find('button[aria-label="PNG 파일로 저장"]').exists()).toBe(true)
  })

  it('destroys its chart when it goes away', () => {
    const { wrapper, chart } = mountChart('cost')
    wrapper.unmount()
    expect(chart.destroyed).toBe(true)
  })
})
