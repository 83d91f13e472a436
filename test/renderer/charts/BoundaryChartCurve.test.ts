// The decision plot of data with polynomial features: drawn in the plane of x1 and x2 with the
// other columns computed from them (not held at their mean), the boundary a curve of several
// pieces, and a point added on the plot given its computed columns, so the plot stays a curve.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ChartsPanel from '@renderer/components/charts/ChartsPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useTrainingStore } from '@renderer/stores/training'
import { dataToPixel } from '@renderer/components/charts/boundaryPointer'
import { LINE } from '@renderer/components/charts/boundaryChartConfig'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'
import { FakeChart } from './fakeChart'

vi.hoisted(() =>
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true })
)
vi.mock('chart.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('chart.js')>()
  const { FakeChart } = await import('./fakeChart')
  return { ...actual, Chart: FakeChart }
})

const frames = handDrivenFrames()
cleanUpAfterEach()
beforeEach(() => FakeChart.reset())

async function passFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    frames.run()
    await settle()
  }
  await nextTick()
}

const chart = () => FakeChart.titled('Data and decision line')
type Scales = { x: { min: number; max: number }; y: { min: number; max: number } }

describe('the decision plot with polynomial features', () => {
  it('draws the trained XOR boundary as a curve and adds points with their computed columns', async () => {
    const { wrapper, api } = mountLab(ChartsPanel)
    await passFrames()
    const data = useDatasetStore()
    expect(data.loadBuiltIn('xor', { rows: 40, polynomial: true })).toBeNull()
    await passFrames()
    // x1·x2 < 0 is class 1: z = -8 x1·x2 - 0.5, a hyperbola of two branches.
    await useTrainingStore().train()
    api.emitFrame(
      makeFrame('run-1', 0, [0, 100], { weights: [0, 0, 0, 0, -8], bias: -0.5, state: 'done' })
    )
    await passFrames()
    expect(wrapper.get('.boundary-text').attributes('data-boundary-kind')).toBe('curve')
    expect(wrapper.text()).toContain('The boundary is a curve')
    expect(wrapper.text()).not.toContain('held at their mean')
    const line = chart().data.datasets[LINE].data as { x: number; y: number }[]
    const gaps = line.filter((p) => Number.isNaN(p.x))
    expect(gaps).toHaveLength(1)
    for (const p of line.filter((q) => !Number.isNaN(q.x)))
      expect(p.x * p.y).toBeCloseTo(-1 / 16, 2)

    await useTrainingStore().resetWeights()
    await passFrames()
    const { x: sx, y: sy } = (chart().config.options as { scales: Scales }).scales
    const at = dataToPixel(
      chart().chartArea,
      { xMin: sx.min, xMax: sx.max, yMin: sy.min, yMax: sy.max },
      { x: 1.5, y: -0.5 }
    )
    chart().canvas.dispatchEvent(
      new PointerEvent('pointerdown', { clientX: at.x, clientY: at.y, button: 0, bubbles: true })
    )
    expect(data.rowCount).toBe(41)
    const cells = [0, 1, 2, 3, 4].map((k) => Number(data.cellText(40, k)))
    const [x1, x2] = cells
    expect(cells.slice(2)).toEqual(
      [x1 * x1, x2 * x2, x1 * x2].map((v) => Number(v.toPrecision(15)))
    )
    await passFrames()
    expect(wrapper.get('.boundary-text').attributes('data-boundary-kind')).not.toBe('segment')
    expect(wrapper.text()).not.toContain('held at their mean')
  })
})
