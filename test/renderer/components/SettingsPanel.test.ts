import { describe, expect, it } from 'vitest'
import SettingsPanel from '@renderer/components/settings/SettingsPanel.vue'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

const frames = handDrivenFrames()
cleanUpAfterEach()

function mountPanel(locale: 'en' | 'ko' = 'en') {
  return mountLab(SettingsPanel, { locale })
}

describe('Settings panel', () => {
  it('shows the lab’s settings', () => {
    const { wrapper } = mountPanel()
    expect(wrapper.get<HTMLInputElement>('#setting-lr').element.value).toBe('1')
    expect(wrapper.get<HTMLInputElement>('#setting-epochs').element.value).toBe('1000')
    expect(wrapper.get<HTMLInputElement>('#setting-logEvery').element.value).toBe('100')
    expect(wrapper.get<HTMLInputElement>('#setting-threshold').element.value).toBe('0.5')
    expect(wrapper.get<HTMLSelectElement>('#setting-init').element.value).toBe('zeros')
    expect(wrapper.get<HTMLSelectElement>('#setting-optimizer').element.value).toBe('sgd')
  })

  it('labels every control and explains it through aria-describedby', () => {
    const { wrapper } = mountPanel()
    const controls = wrapper.findAll('input, select')
    expect(controls.length).toBeGreaterThan(8)
    for (const control of controls) {
      const id = control.attributes('id')
      const label = wrapper.find(`label[for="${id}"]`)
      const named =
        label.exists() || control.attributes('aria-label') || control.element.closest('label')
      expect(named, `control ${id} has a name`).toBeTruthy()
    }
    const epochs = wrapper.get('#setting-epochs')
    const hint = wrapper.get(`#${epochs.attributes('aria-describedby')}`)
    expect(hint.attributes('role')).toBe('tooltip')
    expect(hint.text()).toContain('range(nb_epochs + 1)')
  })

  it('keeps a bad value in the field, marks it and says what is wrong', async () => {
    const { wrapper } = mountPanel()
    const epochs = wrapper.get<HTMLInputElement>('#setting-epochs')
    await epochs.setValue('ten')
    expect(epochs.element.value).toBe('ten')
    expect(epochs.attributes('aria-invalid')).toBe('true')
    expect(epochs.attributes('aria-describedby')).toContain('setting-epochs-error')
    expect(wrapper.get('#setting-epochs-error').text()).toBe('Not a number.')
    expect(useSettingsStore().config.epochs).toBe(1000)
    expect(wrapper.text()).toContain('Fix the settings marked in red to train.')
    await epochs.setValue('100')
    expect(epochs.attributes('aria-invalid')).toBe('false')
    expect(useSettingsStore().config.epochs).toBe(100)
  })

  it('says what is wrong in Korean too', async () => {
    const { wrapper } = mountPanel('ko')
    await wrapper.get('#setting-threshold').setValue('2')
    expect(wrapper.get('#setting-threshold-error').text()).toBe('1 이하여야 합니다.')
  })

  it('asks for a larger "log every" when the log would be too long, in both languages', async () => {
    const { wrapper } = mountPanel()
    await wrapper.get('#setting-epochs').setValue('1000000')
    await wrapper.get('#setting-logEvery').setValue('1')
    expect(wrapper.get('#setting-logEvery-error').text()).toBe(
      'At most 200,000 log lines a run: log every 6 epochs or more.'
    )
    const korean = mountPanel('ko').wrapper
    await korean.get('#setting-epochs').setValue('1000000')
    await korean.get('#setting-logEvery').setValue('1')
    expect(korean.get('#setting-logEvery-error').text()).toBe(
      '한 번 학습에 로그는 200,000줄까지입니다: 6 에포크 이상마다 기록하세요.'
    )
  })

  it('keeps the learning-rate slider and field in sync', async () => {
    const { wrapper } = mountPanel()
    const slider = wrapper.get<HTMLInputElement>('#setting-lr-slider')
    const field = wrapper.get<HTMLInputElement>('#setting-lr')
    expect(Number(slider.element.value)).toBe(0) // log10(1)
    await slider.setValue('-2')
    expect(field.element.value).toBe('0.01')
    expect(useSettingsStore().config.optimizer.lr).toBe(0.01)
    await field.setValue('0.1')
    expect(Number(slider.element.value)).toBeCloseTo(-1)
    expect(slider.attributes('aria-valuetext')).toBe('0.1')
  })

  it('shows the chosen optimizer’s own settings', async () => {
    const { wrapper } = mountPanel()
    expect(wrapper.find('#setting-momentum').exists()).toBe(true)
    expect(wrapper.get<HTMLInputElement>('#setting-nesterov').element.disabled).toBe(true)
    await wrapper.get('#setting-optimizer').setValue('adam')
    expect(wrapper.find('#setting-momentum').exists()).toBe(false)
    expect(wrapper.get<HTMLInputElement>('#setting-beta1').element.value).toBe('0.9')
    expect(wrapper.get<HTMLInputElement>('#setting-lr').element.value).toBe('0.001')
  })

  it('asks for a batch size only for mini-batches', async () => {
    const { wrapper } = mountPanel()
    expect(wrapper.find('#setting-batchSize').exists()).toBe(false)
    await wrapper.get('input[value="mini"]').setValue(true)
    expect(wrapper.find('#setting-batchSize').exists()).toBe(true)
    expect(useSettingsStore().config.batchSize).toBe(2)
  })

  it('locks everything but the threshold while a run is active', async () => {
    const { wrapper, api } = mountPanel()
    await useTrainingStore().train()
    await wrapper.vm.$nextTick()
    const disabled = (selector: string): boolean =>
      (wrapper.get(selector).element as HTMLInputElement).disabled
    expect(disabled('#setting-lr')).toBe(true)
    expect(disabled('#setting-epochs')).toBe(true)
    expect(disabled('#setting-optimizer')).toBe(true)
    expect(disabled('#setting-init')).toBe(true)
    expect(disabled('#setting-threshold')).toBe(false)
    expect(disabled('#setting-threshold-slider')).toBe(false)
    expect(wrapper.text()).toContain('Locked while a run is active')

    await wrapper.get('#setting-threshold-slider').setValue('0.7')
    expect(useSettingsStore().config.threshold).toBe(0.7)
    expect(api.trainRequests).toHaveLength(1) // no retraining

    api.emitFrame(makeFrame('run-1', 0, [0], { state: 'done' }))
    frames.run()
    await wrapper.vm.$nextTick()
    expect(disabled('#setting-lr')).toBe(false)
  })
})
