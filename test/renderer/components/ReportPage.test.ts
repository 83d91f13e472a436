// The printed report does not follow a run frame by frame (its re-render weighed on the Train
// click and on every frame): its parts are there when no run is active, and during a run only
// once a print is asked for, with the run as it stands then.
import { describe, expect, it } from 'vitest'
import ReportPage from '@renderer/components/report/ReportPage.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

const frames = handDrivenFrames()
cleanUpAfterEach()

const line = (epoch: number) => ({ epoch, cost: 0, accuracy: 0, text: `Epoch ${epoch} line` })

describe('Report page', () => {
  it('is there while no run is active, and leaves the screen to a run until a print', async () => {
    const { wrapper, api } = mountLab(ReportPage)
    expect(wrapper.find('.report').exists()).toBe(true)
    await useTrainingStore().train()
    api.emitFrame(makeFrame('run-1', 0, [0, 100], { logLines: [line(0), line(100)] }))
    frames.run()
    await settle()
    expect(wrapper.find('.report').exists()).toBe(false)

    // Ctrl+P mid-run: the browser says beforeprint, and the report shows the run as it stands.
    window.dispatchEvent(new Event('beforeprint'))
    await settle()
    expect(wrapper.find('.report').exists()).toBe(true)
    expect(wrapper.find('.report-log pre').text()).toContain('Epoch 100 line')
    window.dispatchEvent(new Event('afterprint'))
    await settle()
    expect(wrapper.find('.report').exists()).toBe(false)

    // The run ends: the report is there again, with the last line.
    api.emitFrame(makeFrame('run-1', 1, [200], { state: 'done', logLines: [line(200)] }))
    frames.run()
    await settle()
    expect(wrapper.find('.report-log pre').text()).toContain('Epoch 200 line')
  })
})
