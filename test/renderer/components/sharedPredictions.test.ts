// H(x) of every row is computed once for the window (useSharedPredictions): the Prediction panel
// and the printed report show the same numbers, and a change evaluates the rows once, not once per
// component that shows them.
import { describe, expect, it, vi } from 'vitest'
import App from '@renderer/App.vue'
import { probabilities } from '@core/kernel'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

vi.mock('@core/kernel', async (importOriginal) => {
  const kernel = await importOriginal<typeof import('@core/kernel')>()
  return { ...kernel, probabilities: vi.fn(kernel.probabilities) }
})

const frames = handDrivenFrames()
cleanUpAfterEach()

/** Calls of the kernel's H(x) over all six lab rows. */
const wholeTableEvaluations = () =>
  vi.mocked(probabilities).mock.calls.filter(([, , start, end]) => start === 0 && end === 6).length

/** Runs animation frames until `check` passes (the live pacer lets the table redraw 10 times a second). */
async function untilShown(check: () => void): Promise<void> {
  await vi.waitFor(
    async () => {
      frames.run()
      await settle()
      check()
    },
    { timeout: 2000, interval: 30 }
  )
}

describe("the window's predictions", () => {
  it('are computed once for the Prediction panel and the report, which show the same accuracy', async () => {
    const { wrapper, api } = mountLab(App, {
      global: { stubs: { DataPanel: true, ChartsPanel: true } }
    })
    const panel = () => wrapper.get('.pp-accuracy').text()
    const report = () => wrapper.get('.report').text()
    await settle()
    // Before training: the initial (zero) weights, H(x) = 0.5 for everyone.
    expect(panel()).toContain('50.00% (3 of 6 rows correct)')
    expect(report()).toContain('50.00% (3 of 6 rows)')

    await useTrainingStore().train()
    const trained = { weights: [3.253, 1.5179], bias: -14.4819 }
    api.emitFrame(makeFrame('run-1', 0, [0, 1000], { ...trained, state: 'done' }))
    await untilShown(() => expect(panel()).toContain('100.00% (6 of 6 rows correct)'))
    expect(report()).toContain('100.00% (6 of 6 rows)')
    expect(wrapper.findAll('.report-predictions tbody tr')).toHaveLength(6)

    // One change of model (back to the initial weights): the rows are evaluated once for both.
    const before = wholeTableEvaluations()
    await useTrainingStore().resetWeights()
    await untilShown(() => expect(panel()).toContain('50.00% (3 of 6 rows correct)'))
    expect(report()).toContain('50.00% (3 of 6 rows)')
    expect(wholeTableEvaluations() - before).toBe(1)
  })
})
