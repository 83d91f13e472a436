// Standardization in the window: the switch's setting makes the Lab view start with the μ and σ
// used and the cells use x'; the shown model (plot, predictions, exports) is the trained one in
// raw units; a run's weights keep the scaling they were trained with.
import { describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { rawUnitModel, standardizationOf, toyDataset } from '@core'
import LabPanel from '@renderer/components/lab/LabPanel.vue'
import StandardizeSwitch from '@renderer/components/data/StandardizeSwitch.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

// KaTeX typesets only in standards mode (see LabPanel.test.ts).
vi.hoisted(() =>
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true })
)

const frames = handDrivenFrames()
cleanUpAfterEach()

const scalingRows = (wrapper: Pick<VueWrapper, 'findAll'>): string[][] =>
  wrapper
    .findAll('[aria-labelledby="lab-cell-standardize"] tbody tr')
    .map((tr) => tr.findAll('td, th').map((td) => td.text()))

describe('standardization in the Lab view', () => {
  it("shows no step while it is off, then μ, σ and the formula, and the cells use x'", async () => {
    const { wrapper } = mountLab(LabPanel)
    expect(wrapper.find('[aria-labelledby="lab-cell-standardize"]').exists()).toBe(false)
    useSettingsStore().setStandardize(true)
    await settle()
    expect(wrapper.findAll('h3')[0].text()).toBe(
      '0. Standardization (switched on in the data panel)'
    )
    expect(scalingRows(wrapper)).toEqual([
      ['x1', '3.5', '1.70783'],
      ['x2', '2.33333', '0.745356']
    ])
    expect(wrapper.find('[aria-labelledby="lab-cell-standardize"] .katex').exists()).toBe(true)
    const first = wrapper.findAll('[aria-labelledby="lab-cell-hypothesis"] tbody tr')[0]
    expect(first.findAll('td')[1].text()).toBe('[-1.4639, -0.4472]')
    useSettingsStore().setStandardize(false)
    await settle()
    expect(wrapper.find('[aria-labelledby="lab-cell-standardize"]').exists()).toBe(false)
    expect(useSettingsStore().config).not.toHaveProperty('standardize')
  })

  it('speaks Korean', async () => {
    const { wrapper } = mountLab(LabPanel, { locale: 'ko' })
    useSettingsStore().setStandardize(true)
    await settle()
    expect(wrapper.findAll('h3')[0].text()).toBe('0. 표준화 (데이터 패널에서 켬)')
    expect(wrapper.text()).toContain('μ (평균)')
  })
})

describe('the shown model with standardization', () => {
  it('is the trained model in raw units: W/σ and b - Σ W μ/σ', async () => {
    mountLab(LabPanel)
    const settings = useSettingsStore()
    settings.setInit('torch') // non-zero initial weights, so the folding shows
    settings.setStandardize(true)
    await settle()
    const training = useTrainingStore()
    const trained = training.trainedModel
    const expected = rawUnitModel(trained.weights, trained.bias, standardizationOf(toyDataset()))
    expect(training.shownModel.weights).toEqual(expected.weights)
    expect(training.shownModel.bias).toBe(expected.bias)
    expect(training.shownModel.weights).not.toEqual(trained.weights)
  })
})

describe('μ and σ during a run', () => {
  it('are computed once for the run, not again with each frame’s weights', async () => {
    const { api } = mountLab(LabPanel)
    useSettingsStore().setStandardize(true)
    const training = useTrainingStore()
    await training.train()
    api.emitFrame(makeFrame('run-1', 0, [0, 1]))
    frames.run()
    await settle()
    const scaling = training.standardization
    const shown = training.shownModel
    expect(scaling).not.toBeNull()
    api.emitFrame(makeFrame('run-1', 1, [2, 3]))
    frames.run()
    await settle()
    expect(training.shownModel).not.toBe(shown) // new weights are shown
    expect(training.standardization).toBe(scaling) // with the same μ and σ object
  })
})

describe('the switch', () => {
  it('names a constant column, which is left as it is', async () => {
    const { wrapper } = mountLab(StandardizeSwitch)
    await wrapper.get('input[role="switch"]').setValue(true)
    expect(useSettingsStore().config.standardize).toBe(true)
    expect(wrapper.text()).not.toContain('same value in every row')
    const data = useDatasetStore()
    for (const row of [0, 2, 5]) data.setCell(row, 1, '3')
    await settle()
    expect(wrapper.text()).toContain(
      'Column x2 has the same value in every row (σ = 0): it is left as it is.'
    )
  })
})
