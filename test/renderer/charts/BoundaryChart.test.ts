// Editing the data on the decision plot, through the pointer and keys as a student does: each
// edit is one undoable step in the dataset store; the plot rings wrong predictions, follows the
// data, holds still for edits made on it, and is locked while a run is active.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ChartsPanel from '@renderer/components/charts/ChartsPanel.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useRowLinkStore } from '@renderer/stores/rowLink'
import { dataToPixel } from '@renderer/components/charts/boundaryPointer'
import { CLASS0, CLASS1, MARK, WRONG } from '@renderer/components/charts/boundaryChartConfig'
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
const canvas = () => chart().canvas
type Scales = { x: { min: number; max: number }; y: { min: number; max: number } }
const scales = () => (chart().config.options as { scales: Scales }).scales
/** The lab data's box: x1 in [0, 8], x2 in [0.5, 3.5] (see ChartsPanel.test). */
function pixelOf(x: number, y: number) {
  const { x: sx, y: sy } = scales()
  return dataToPixel(
    chart().chartArea,
    { xMin: sx.min, xMax: sx.max, yMin: sy.min, yMax: sy.max },
    { x, y }
  )
}
const rowsOf = (dataset: number) =>
  (chart().data.datasets[dataset].data as unknown as { row: number }[]).map((p) => p.row)

function pointer(type: string, at: { x: number; y: number }, init: PointerEventInit = {}) {
  canvas().dispatchEvent(
    new PointerEvent(type, { clientX: at.x, clientY: at.y, button: 0, bubbles: true, ...init })
  )
}

async function mountPanel() {
  const mounted = mountLab(ChartsPanel)
  await passFrames()
  return mounted
}

describe('editing on the decision plot', () => {
  it('adds a row where the empty plot is clicked, with the toggle’s class; Shift gives the other', async () => {
    const { wrapper } = await mountPanel()
    const data = useDatasetStore()
    pointer('pointerdown', pixelOf(6.5, 1))
    pointer('pointerup', pixelOf(6.5, 1))
    expect(data.rowCount).toBe(7)
    expect([data.cellText(6, 0), data.cellText(6, 1), data.cellText(6, 2)]).toEqual([
      '6.5',
      '1',
      '1'
    ])
    await passFrames()
    expect(rowsOf(CLASS1)).toContain(6)
    // The toggle to y = 0, then Shift-click: y = 1 again.
    await wrapper.get('button[aria-pressed="false"]').trigger('click')
    pointer('pointerdown', pixelOf(7, 3), { shiftKey: true })
    pointer('pointerdown', pixelOf(0.5, 3))
    expect(data.labelValue(7)).toBe(1)
    expect(data.labelValue(8)).toBe(0)
    // One undo step each.
    data.undo()
    data.undo()
    data.undo()
    expect(data.rowCount).toBe(6)
  })

  it('moves a dragged point on screen only, then into the table as one step when let go', async () => {
    await mountPanel()
    const data = useDatasetStore()
    pointer('pointerdown', pixelOf(1, 2)) // row 1 of the lab: (1, 2)
    pointer('pointermove', pixelOf(2.5, 3))
    pointer('pointermove', pixelOf(1.5, 2.5))
    await passFrames()
    expect(data.cellText(0, 0)).toBe('1')
    const drawn = chart().data.datasets[CLASS0].data as { x: number; y: number; row: number }[]
    expect(drawn.find((p) => p.row === 0)).toEqual({ x: 1.5, y: 2.5, row: 0 })
    pointer('pointerup', pixelOf(1.5, 2.5))
    expect([data.cellText(0, 0), data.cellText(0, 1)]).toEqual(['1.5', '2.5'])
    expect(data.rowCount).toBe(6)
    data.undo()
    expect([data.cellText(0, 0), data.cellText(0, 1)]).toEqual(['1', '2'])
  })

  it('removes a point on right-click, and the picked point with Delete', async () => {
    await mountPanel()
    const data = useDatasetStore()
    const menu = new MouseEvent('contextmenu', {
      ...{ clientX: pixelOf(6, 2).x, clientY: pixelOf(6, 2).y },
      bubbles: true,
      cancelable: true
    })
    canvas().dispatchEvent(menu)
    expect(menu.defaultPrevented).toBe(true)
    expect(data.rowCount).toBe(5)
    // Pick the lab's row 3 (3, 1) with a click that does not move, then Delete.
    pointer('pointerdown', pixelOf(3, 1))
    pointer('pointerup', pixelOf(3, 1))
    expect(data.rowCount).toBe(5)
    canvas().dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }))
    expect(data.rowCount).toBe(4)
    expect(data.cellText(2, 0)).toBe('4')
    data.undo()
    expect(data.cellText(2, 0)).toBe('3')
    // After the undo the pick is forgotten: Delete removes nothing.
    canvas().dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }))
    expect(data.rowCount).toBe(5)
  })

  it('is locked while a run is active, and says why', async () => {
    const { wrapper } = await mountPanel()
    await useTrainingStore().train()
    await passFrames()
    pointer('pointerdown', pixelOf(6.5, 1))
    expect(useDatasetStore().rowCount).toBe(6)
    expect(wrapper.text()).toContain('The plot cannot be edited while a run is active')
    // The new point's class is off with it (disabled, not faded: faded text failed contrast).
    const toggle = wrapper.findAll('.boundary-tools .segmented button')
    expect(toggle).toHaveLength(2)
    expect(toggle.every((button) => button.attributes('disabled') !== undefined)).toBe(true)
  })

  it('keeps the box while editing on the plot, and Reset view fits the data again', async () => {
    const { wrapper } = await mountPanel()
    expect(scales().x).toMatchObject({ min: 0, max: 8 })
    const menu = (x: number, y: number) =>
      canvas().dispatchEvent(
        new MouseEvent('contextmenu', {
          clientX: pixelOf(x, y).x,
          clientY: pixelOf(x, y).y,
          bubbles: true,
          cancelable: true
        })
      )
    menu(6, 2)
    menu(5, 3)
    await passFrames()
    expect(useDatasetStore().rowCount).toBe(4)
    expect(scales().x).toMatchObject({ min: 0, max: 8 })
    const reset = wrapper.findAll('button').find((b) => b.text() === 'Reset view')
    await reset?.trigger('click')
    await passFrames()
    expect(scales().x.max).toBeLessThan(8)
  })

  it('rings the wrong predictions and the row focused in the table', async () => {
    const { api } = await mountPanel()
    await useTrainingStore().train()
    await passFrames()
    // x1 + x2 >= 5 predicts y = 1: the lab's row 2 (2, 3) has y = 0.
    api.emitFrame(makeFrame('run-1', 0, [0], { weights: [1, 1], bias: -5 }))
    await passFrames()
    expect(rowsOf(WRONG)).toEqual([1])
    useRowLinkStore().tableRow = 3
    await passFrames()
    expect(rowsOf(MARK)).toEqual([3])
    expect(canvas().getAttribute('aria-label')).toContain('1 of them predicted wrongly')
  })
})

describe('more than two features', () => {
  it('plots the chosen pair, the others held at their mean, and says so', async () => {
    const { wrapper } = await mountPanel()
    const data = useDatasetStore()
    data.applyCsvImport(data.previewCsv('a,b,c,y\n1,2,10,0\n3,4,20,1\n5,6,60,1\n', 'three.csv'))
    await passFrames()
    expect(wrapper.text()).toContain('The other features are held at their mean: c = 30.')
    const across = wrapper.findAll('select')[0]
    await across.setValue('2')
    await passFrames()
    expect(wrapper.text()).toContain('held at their mean: a = 3.')
    expect(chart().data.datasets[CLASS1].data).toEqual([
      { x: 20, y: 4, row: 1 },
      { x: 60, y: 6, row: 2 }
    ])
    // A point added here gets the held feature's mean.
    pointer('pointerdown', pixelOf(40, 3))
    expect([data.cellText(3, 0), data.cellText(3, 1), data.cellText(3, 2)]).toEqual([
      '3',
      '3',
      '40'
    ])
  })

  it('asks for two features when the data has one', async () => {
    const { wrapper } = await mountPanel()
    const data = useDatasetStore()
    data.applyCsvImport(data.previewCsv('a,y\n1,0\n3,1\n', 'one.csv'))
    await passFrames()
    expect(wrapper.text()).toContain(
      'The decision plot needs at least two features. This data has 1.'
    )
  })
})
