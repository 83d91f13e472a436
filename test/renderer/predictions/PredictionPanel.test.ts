// The Prediction panel as a student uses it: H(x) per row before and after training, the lab's
// 100.00%, wrong rows marked in words, sorting, and the threshold moving the matrix at once.
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import PredictionPanel from '@renderer/components/predictions/PredictionPanel.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useSettingsStore } from '@renderer/stores/settings'
import { makeFrame, type FakeLabApi } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

const frames = handDrivenFrames()
cleanUpAfterEach()

/** The lab's weights after 1000 epochs (PyTorch prints W = [3.2530, 1.5179], b = -14.4819). */
const labWeights = [3.253, 1.5179]
const labBias = -14.4819

function mountPanel(locale: 'en' | 'ko' = 'en') {
  return mountLab(PredictionPanel, { locale })
}

async function train(api: FakeLabApi, weights = labWeights, bias = labBias): Promise<void> {
  await useTrainingStore().train()
  api.emitFrame(makeFrame('run-1', 0, [0, 1000], { weights, bias, state: 'done' }))
  await passFrames()
}

async function passFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    frames.run()
    await settle()
  }
  await nextTick()
}

const bodyRows = (w: VueWrapper) => w.findAll('.pt-body [role="row"]')
const cells = (row: ReturnType<typeof bodyRows>[number]) =>
  row.findAll('[role="cell"]').map((cell) => cell.text())
const accuracyText = (w: VueWrapper) => w.get('.pp-accuracy').text()
const matrix = (w: VueWrapper) =>
  Object.fromEntries(
    ['tp', 'fp', 'fn', 'tn'].map((cell) => [
      cell,
      w.get(`[data-cell="${cell}"] .cell-count`).text()
    ])
  )

describe('prediction panel', () => {
  it('shows the initial weights’ H(x) before any training, and says so', () => {
    const { wrapper } = mountPanel()
    expect(wrapper.text()).toContain('Before training: H(x) from the initial weights')
    expect(wrapper.text()).toContain('all zeros, so every H(x) is 0.5')
    const rows = bodyRows(wrapper)
    expect(rows).toHaveLength(6)
    expect(rows.map((row) => cells(row)[4])).toEqual(Array(6).fill('0.5000'))
    // H = 0.5 >= 0.5 predicts 1 for everyone: the three passes are right.
    expect(accuracyText(wrapper)).toBe('Accuracy: 50.00% (3 of 6 rows correct)')
  })

  it('shows the lab’s result after Train: 100.00% and every row correct', async () => {
    const { wrapper, api } = mountPanel()
    await train(api)
    expect(accuracyText(wrapper)).toBe('Accuracy: 100.00% (6 of 6 rows correct)')
    const rows = bodyRows(wrapper)
    expect(rows.map((row) => cells(row))).toEqual([
      ['1', '1', '2', '0', '0.0003', '0', '✓ Correct'],
      ['2', '2', '3', '0', '0.0316', '0', '✓ Correct'],
      ['3', '3', '1', '0', '0.0390', '0', '✓ Correct'],
      ['4', '4', '3', '1', '0.9562', '1', '✓ Correct'],
      ['5', '5', '3', '1', '0.9982', '1', '✓ Correct'],
      ['6', '6', '2', '1', '0.9997', '1', '✓ Correct']
    ])
    expect(wrapper.findAll('.is-wrong')).toHaveLength(0)
    expect(matrix(wrapper)).toEqual({ tp: '3', fp: '0', fn: '0', tn: '3' })
    expect(wrapper.text()).toContain('H(x) from the latest weights, on the current data.')
  })

  it('marks a wrong row with a word and a highlight, not colour alone', async () => {
    const { wrapper, api } = mountPanel()
    await train(api)
    useDatasetStore().toggleLabel(0) // row 1 now says "passed": the model disagrees
    await passFrames()
    const first = bodyRows(wrapper)[0]
    expect(first.classes()).toContain('is-wrong')
    expect(cells(first)[6]).toBe('✗ Wrong')
    expect(accuracyText(wrapper)).toBe('Accuracy: 83.33% (5 of 6 rows correct)')
    expect(api.trainRequests).toHaveLength(1) // nothing retrained
  })

  it('recomputes H(x) for an edited cell on the next frame, with the same weights', async () => {
    const { wrapper, api } = mountPanel()
    await train(api)
    expect(useDatasetStore().setCell(0, 0, '10')).toBe(true) // row 1: (10, 2), still y = 0
    await passFrames()
    // z = 3.2530 * 10 + 1.5179 * 2 - 14.4819 = 21.0839: H rounds to 1.0000, predicted 1, wrong.
    expect(cells(bodyRows(wrapper)[0])).toEqual(['1', '10', '2', '0', '1.0000', '1', '✗ Wrong'])
    expect(matrix(wrapper)).toEqual({ tp: '3', fp: '1', fn: '0', tn: '2' })
    expect(api.trainRequests).toHaveLength(1)
  })

  it('updates the predictions and the matrix at once when the threshold moves', async () => {
    const { wrapper, api } = mountPanel()
    await train(api)
    const slider = wrapper.get('input[type="range"]')
    expect(wrapper.get('label').text()).toBe('Prediction threshold')
    await slider.setValue('0.97')
    // No animation frame has passed: the change is immediate.
    expect(useSettingsStore().config.threshold).toBe(0.97)
    expect(matrix(wrapper)).toEqual({ tp: '2', fp: '0', fn: '1', tn: '3' })
    expect(accuracyText(wrapper)).toBe('Accuracy: 83.33% (5 of 6 rows correct)')
    expect(cells(bodyRows(wrapper)[3])).toEqual(['4', '4', '3', '1', '0.9562', '0', '✗ Wrong'])
    expect(api.trainRequests).toHaveLength(1)
  })

  it('explains an undefined precision instead of showing 0% or NaN', async () => {
    const { wrapper, api } = mountPanel()
    await train(api)
    await wrapper.get('input[type="range"]').setValue('1')
    expect(matrix(wrapper)).toEqual({ tp: '0', fp: '0', fn: '3', tn: '3' })
    const rates = wrapper.findAll('.rate').map((rate) => rate.text())
    expect(rates[0]).toContain('—')
    expect(rates[0]).toContain('Undefined (0 / 0): no row is predicted 1 at this threshold.')
    expect(rates[1]).toContain('0.00% (0 of 3)')
  })

  it('sorts by any column, telling assistive technology the direction', async () => {
    const { wrapper, api } = mountPanel()
    // z = x1 - x2: rows 1 and 2 at -1, row 4 at 1, rows 3 and 5 at 2, row 6 at 4.
    await train(api, [1, -1], 0)
    const header = () => wrapper.findAll('[role="columnheader"]')
    const hHeader = () => header().find((h) => h.text().startsWith('H(x)'))
    expect(hHeader()?.attributes('aria-sort')).toBe('none')
    await hHeader()?.get('button').trigger('click')
    expect(hHeader()?.attributes('aria-sort')).toBe('ascending')
    // Ties keep row order.
    expect(bodyRows(wrapper).map((row) => cells(row)[0])).toEqual(['1', '2', '4', '3', '5', '6'])
    await hHeader()?.get('button').trigger('click')
    expect(hHeader()?.attributes('aria-sort')).toBe('descending')
    expect(bodyRows(wrapper).map((row) => cells(row)[0])).toEqual(['6', '3', '5', '4', '1', '2'])
    const x2 = header().find((h) => h.text().startsWith('x2'))
    await x2?.get('button').trigger('click')
    expect(bodyRows(wrapper).map((row) => cells(row)[2])).toEqual(['1', '2', '2', '3', '3', '3'])
    expect(hHeader()?.attributes('aria-sort')).toBe('none')
  })

  it('is complete in Korean, with the same numbers', async () => {
    const { wrapper, api } = mountPanel('ko')
    await train(api)
    expect(accuracyText(wrapper)).toBe('정확도: 100.00% (6개 행 중 6개 맞음)')
    expect(cells(bodyRows(wrapper)[0])).toEqual(['1', '1', '2', '0', '0.0003', '0', '✓ 맞음'])
    expect(wrapper.text()).toContain('혼동 행렬')
  })
})
