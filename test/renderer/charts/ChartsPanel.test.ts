// The Charts panel with the lab's data: cost, accuracy and the decision line, which follows the
// weights once per animation frame and the threshold at once; a note instead for d != 2.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ChartsPanel from '@renderer/components/charts/ChartsPanel.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { useSettingsStore } from '@renderer/stores/settings'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'
import { FakeChart } from './fakeChart'

// happy-dom has no document.compatMode, and KaTeX will not typeset outside standards mode (the
// app's page has a doctype): say what the app's page says, before KaTeX loads.
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

function mountPanel() {
  return mountLab(ChartsPanel)
}

async function passFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    frames.run()
    await settle()
  }
  await nextTick()
}

async function startRun(): Promise<void> {
  await useTrainingStore().train()
  await passFrames()
}

const boundaryChart = () => FakeChart.titled('Data and decision line')
const line = () => boundaryChart().data.datasets[2].data as { x: number; y: number }[]

describe('charts panel', () => {
  it('shows cost, accuracy and the lab data, with no line while both weights are zero', () => {
    const { wrapper } = mountPanel()
    expect(FakeChart.instances).toHaveLength(3)
    const names = wrapper.findAll('canvas').map((c) => c.attributes('aria-label'))
    expect(names[0]).toMatch(/^Cost per epoch\./)
    expect(names[1]).toMatch(/^Accuracy per epoch\./)
    expect(names[2]).toMatch(/^Data and decision line\. 6 rows plotted, x1 across and x2 up\./)
    const [class0, class1] = boundaryChart().data.datasets
    expect(class0.data).toHaveLength(3)
    expect(class1.data).toHaveLength(3)
    expect(line()).toEqual([])
    expect(wrapper.text()).toContain('Both weights are 0')
  })

  it('moves the line with the weights, once per animation frame', async () => {
    const { wrapper, api } = mountPanel()
    await startRun()
    const chart = boundaryChart()
    const before = chart.updates.length
    api.emitFrame(makeFrame('run-1', 0, [0], { weights: [0.5, 0.5], bias: -1 }))
    api.emitFrame(makeFrame('run-1', 1, [1], { weights: [1, 1], bias: -5 }))
    await passFrames()
    expect(chart.updates.length - before).toBe(1)
    // x1 + x2 = 5 across the box [0, 8] x [0.5, 3.5]: from (1.5, 3.5) to (4.5, 0.5).
    const ends = [...line()].sort((a, b) => a.x - b.x)
    expect(ends[0].x).toBeCloseTo(1.5, 12)
    expect(ends[0].y).toBeCloseTo(3.5, 12)
    expect(ends[1].x).toBeCloseTo(4.5, 12)
    expect(ends[1].y).toBeCloseTo(0.5, 12)
    expect(wrapper.text()).toContain(
      'Line: 1.0000 × x1 + 1.0000 × x2 − 5.0000 = logit(0.5) = 0.0000'
    )
    // The model above it, typeset (MathML) and in words, with the same weights.
    expect(wrapper.text()).toContain(
      'The model now: H(x) = sigmoid(1.0000 × x1 + 1.0000 × x2 − 5.0000)'
    )
    expect(wrapper.findAll('math')).toHaveLength(2)
    expect(wrapper.find('math').text()).toContain('σ')
    expect(wrapper.text()).not.toContain('Both weights are 0')
  })

  it('moves the line at once when the threshold changes, without retraining', async () => {
    const { api } = mountPanel()
    await startRun()
    api.emitFrame(makeFrame('run-1', 0, [0], { weights: [1, 1], bias: -5 }))
    await passFrames()
    useSettingsStore().setNumber('threshold', '0.75')
    await nextTick()
    await passFrames()
    // H = 0.75 where x1 + x2 - 5 = ln 3.
    for (const p of line()) expect(p.x + p.y).toBeCloseTo(5 + Math.log(3), 12)
    expect(api.trainRequests).toHaveLength(1)
  })

  it('draws a vertical line when w2 = 0', async () => {
    const { api } = mountPanel()
    await startRun()
    api.emitFrame(makeFrame('run-1', 0, [0], { weights: [2, 0], bias: -7 }))
    await passFrames()
    expect(line().map((p) => p.x)).toEqual([3.5, 3.5])
    expect(
      line()
        .map((p) => p.y)
        .sort()
    ).toEqual([0.5, 3.5])
  })

  it('keeps the long-run note’s line from the start of a long run, shown once the envelope begins', async () => {
    const { wrapper, api } = mountPanel()
    const note = () => wrapper.find('.charts-note')
    useSettingsStore().setNumber('epochs', '1000000')
    await startRun()
    expect(note().exists()).toBe(true) // the line is there from the start...
    expect(note().classes()).toContain('charts-note-reserved') // ...but not yet shown
    api.emitFrame(makeFrame('run-1', 0, [0, 1], { totalEpochs: 1_000_000, downsampled: true }))
    await passFrames()
    expect(note().classes()).not.toContain('charts-note-reserved')
    expect(note().text()).toMatch(/envelope/)
  })
})
