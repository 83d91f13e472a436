// The Lab view: the notebook's cells with the current data and weights, and Next step driving the
// real run (through the LabApi) so that the numbers move with the frames that come back.
import { describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LabPanel from '@renderer/components/lab/LabPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

// happy-dom has no document.compatMode, and KaTeX typesets only in standards mode (the app's page
// has a doctype): say what the app's page says, before KaTeX loads.
vi.hoisted(() =>
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true })
)

const frames = handDrivenFrames()
cleanUpAfterEach()

const cellText = (wrapper: Pick<VueWrapper, 'get'>, id: string): string =>
  wrapper.get(`[aria-labelledby="lab-cell-${id}"]`).text()

describe('Lab view', () => {
  it("walks the lab's cells with the initial weights: 2.7183, 0.7311, H = 0.5, cost 0.6931", () => {
    const { wrapper } = mountLab(LabPanel)
    const titles = wrapper.findAll('h3').map((h) => h.text())
    expect(titles).toEqual([
      '1. e and the sigmoid',
      '2. The hypothesis H(X)',
      '3. The cost',
      '4. One step of gradient descent',
      '5. Evaluation'
    ])
    expect(cellText(wrapper, 'exp')).toContain('e^1 equals:  tensor([2.7183])')
    expect(cellText(wrapper, 'exp')).toContain('1/(1+e^{-1}) equals:  tensor([0.7311])')
    expect(cellText(wrapper, 'hypothesis')).toContain('W = [0.0000, 0.0000], b = 0.0000')
    const hypothesisRows = wrapper.findAll('[aria-labelledby="lab-cell-hypothesis"] tbody tr')
    expect(hypothesisRows).toHaveLength(6)
    expect(hypothesisRows[3].findAll('td').map((td) => td.text())).toEqual([
      '4',
      '[4.0000, 3.0000]',
      '0.0000',
      '0.5000',
      '0.5000'
    ])
    const cost = cellText(wrapper, 'cost')
    expect(cost).toContain('tensor([0.6931])')
    expect(cost).toContain('cost = losses.mean() tensor(0.6931)')
    expect(cost).toContain('F.binary_cross_entropy tensor(0.6931)')
    expect(wrapper.get('.lab-verdict').attributes('data-agree')).toBe('true')
    // toy, zeros: dJ/dW = mean((H - y) x) = [(0.5 (1 + 2 + 3) - 0.5 (4 + 5 + 6)) / 6, ...]
    const step = cellText(wrapper, 'step')
    expect(step).toContain('dJ/dW = mean((H − y)·x) [-0.7500, -0.1667]')
    expect(step).toContain('W := W − lr·dJ/dW (lr = 1) [0.7500, 0.1667]')
    expect(cellText(wrapper, 'evaluation')).toContain('accuracy = 50.00% (3 of 6 rows)')
    expect(cellText(wrapper, 'evaluation')).toContain(
      'prediction = hypothesis >= torch.FloatTensor([0.5])'
    )
    // Typeset: KaTeX's MathML, one per cell with a formula
    expect(wrapper.findAll('math')).toHaveLength(4)
  })

  it('Next step starts a paused run and steps one epoch; the frame that comes back moves W', async () => {
    const { wrapper, api } = mountLab(LabPanel)
    const next = wrapper.findAll('button').find((b) => b.text() === 'Next step')
    expect(next?.attributes('disabled')).toBeUndefined()
    await next?.trigger('click')
    await settle()
    expect(api.trainRequests).toHaveLength(1)
    expect(api.trainRequests[0].startPaused).toBe(true)
    expect(api.callsTo('step')).toEqual([['run-1', 1]])
    api.emitFrame(makeFrame('run-1', 0, [0], { state: 'paused', weights: [0.75, 0.1667], bias: 0 }))
    frames.run()
    await settle()
    expect(cellText(wrapper, 'hypothesis')).toContain('W = [0.7500, 0.1667], b = 0.0000')
    expect(wrapper.text()).toContain('Epoch 0')
    expect(wrapper.text()).toContain('after epoch 0')
    expect(cellText(wrapper, 'step')).not.toContain('[-0.7500, -0.1667]')
  })

  it('lists the first rows of large data and says how many it leaves out', async () => {
    const { wrapper } = mountLab(LabPanel)
    const data = useDatasetStore()
    for (let i = 0; i < 10; i++) data.setCell(data.addRow() ?? 0, 0, String(i))
    for (let row = 6; row < 16; row++) data.setLabel(row, row % 2 === 0 ? 0 : 1)
    for (let row = 6; row < 16; row++) data.setCell(row, 1, '1')
    await settle()
    expect(data.rowCount).toBe(16)
    expect(wrapper.findAll('[aria-labelledby="lab-cell-cost"] tbody tr')).toHaveLength(8)
    expect(cellText(wrapper, 'cost')).toContain('… and 8 more rows, not shown.')
  })

  it('says when the step shown is not the optimizer’s whole step (Adam)', async () => {
    const { wrapper } = mountLab(LabPanel)
    useSettingsStore().setOptimizer('adam')
    await settle()
    expect(cellText(wrapper, 'step')).toContain('With Adam the real step also uses')
  })

  it('in Korean too', () => {
    const { wrapper } = mountLab(LabPanel, { locale: 'ko' })
    expect(wrapper.text()).toContain('다음 단계')
    expect(cellText(wrapper, 'cost')).toContain('세 값이 일치합니다')
    expect(useTrainingStore().status).toBe('idle')
  })
})

describe('Lab view on large data', () => {
  it('holds its numbers while a run trains, and moves them when it pauses', async () => {
    const { wrapper, api } = mountLab(LabPanel)
    const data = useDatasetStore()
    // 40,000 rows x 2 features: past the 65,536 cells followed live
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i % 9},${i % 5},${i % 2}`)
    expect(data.applyCsvImport(data.previewCsv(['a,b,y', ...rows].join('\n'), 'big.csv'))).toBe(
      true
    )
    await settle()
    expect(wrapper.text()).toContain('Large data: while a run trains, these numbers change')
    expect(cellText(wrapper, 'cost')).toContain('… and 39,992 more rows, not shown.')
    await useTrainingStore().train()
    api.emitFrame(makeFrame('run-1', 0, [0, 1], { weights: [0.5, -0.25], bias: 0.125 }))
    frames.run()
    await settle()
    expect(cellText(wrapper, 'hypothesis')).toContain('W = [0.0000, 0.0000], b = 0.0000')
    api.emitFrame(
      makeFrame('run-1', 1, [2], { state: 'paused', weights: [0.5, -0.25], bias: 0.125 })
    )
    frames.run()
    await settle()
    expect(cellText(wrapper, 'hypothesis')).toContain('W = [0.5000, -0.2500], b = 0.1250')
  })
})
