// One threshold control in two places, as the window has them: the Settings panel's slider (under
// the exact field) and the Prediction panel's (on its own) write the one setting, so moving either
// moves the other, the field and the store; each keeps its own name, ids and explanation.
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import SettingsPanel from '@renderer/components/settings/SettingsPanel.vue'
import PredictionPanel from '@renderer/components/predictions/PredictionPanel.vue'
import { useSettingsStore } from '@renderer/stores/settings'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

handDrivenFrames()
cleanUpAfterEach()

const BothPanels = defineComponent({
  setup: () => () => [h(SettingsPanel), h(PredictionPanel)]
})

function mountBoth(locale: 'en' | 'ko' = 'en') {
  const { wrapper } = mountLab(BothPanels, { locale })
  const inSettings = wrapper.get('section[aria-labelledby="settings-title"]')
  const inPredictions = wrapper.get('section[aria-labelledby="predictions-title"]')
  return {
    field: inSettings.get<HTMLInputElement>('#setting-threshold'),
    settingsSlider: inSettings.get<HTMLInputElement>('#setting-threshold-slider'),
    predictionsSlider: inPredictions.get<HTMLInputElement>('input[type="range"]'),
    predictionsValue: inPredictions.get('output')
  }
}

/** The element an id names, which must be the only one with that id in the page. */
function byId(id: string | undefined): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>(`[id="${id}"]`)
  expect(found, `elements with the id ${id}`).toHaveLength(1)
  return found[0]
}

describe('threshold control', () => {
  it('moves the other slider, the exact field and the store when either slider moves', async () => {
    const { field, settingsSlider, predictionsSlider, predictionsValue } = mountBoth()
    const settings = useSettingsStore()
    expect(settingsSlider.element.value).toBe('0.5')
    expect(predictionsSlider.element.value).toBe('0.5')

    await predictionsSlider.setValue('0.8')
    expect(settings.config.threshold).toBe(0.8)
    expect(settingsSlider.element.value).toBe('0.8')
    expect(settingsSlider.attributes('aria-valuetext')).toBe('0.8')
    expect(field.element.value).toBe('0.8')

    await settingsSlider.setValue('0.25')
    expect(settings.config.threshold).toBe(0.25)
    expect(predictionsSlider.element.value).toBe('0.25')
    expect(predictionsSlider.attributes('aria-valuetext')).toBe('0.25')
    expect(predictionsValue.text()).toBe('0.25')
    expect(field.element.value).toBe('0.25')

    await field.setValue('0.6')
    expect(settingsSlider.element.value).toBe('0.6')
    expect(predictionsSlider.element.value).toBe('0.6')
  })

  it('names and explains each slider where it is, with ids unique in the page', () => {
    const { settingsSlider, predictionsSlider, predictionsValue } = mountBoth()
    // Beside the field: named by aria-label, explained by the field's tooltip.
    expect(settingsSlider.attributes('aria-label')).toBe('Threshold slider')
    const settingsHint = byId(settingsSlider.attributes('aria-describedby'))
    expect(settingsHint.getAttribute('role')).toBe('tooltip')
    expect(settingsHint.textContent).toContain('Predict 1 when H(x) ≥ threshold.')
    // On its own: a visible label, the value and its own explanation.
    const ownId = predictionsSlider.attributes('id')
    expect(ownId).not.toBe(settingsSlider.attributes('id'))
    byId(ownId)
    expect(document.querySelector(`label[for="${ownId}"]`)?.textContent).toBe(
      'Prediction threshold'
    )
    expect(predictionsValue.attributes('for')).toBe(ownId)
    expect(byId(predictionsSlider.attributes('aria-describedby')).textContent).toBe(
      'Predict 1 when H(x) ≥ threshold. Moving it re-labels the rows at once, without retraining.'
    )
  })

  it('says both names in Korean', () => {
    const { settingsSlider, predictionsSlider } = mountBoth('ko')
    expect(settingsSlider.attributes('aria-label')).toBe('임계값 슬라이더')
    const ownId = predictionsSlider.attributes('id')
    expect(document.querySelector(`label[for="${ownId}"]`)?.textContent).toBe('예측 임계값')
  })
})
