// The deliberate mistakes' switches: each labelled as a deliberate mistake and explained, each
// reaching the config a run is asked to train with, the session's settings and the Code view; and
// a run with a mistake says so under its log (with the inf a missing clamp makes).
import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { MISTAKE_IDS, MISTAKES, TOO_LARGE_LEARNING_RATE, labConfig } from '@core'
import type { TrainRequest } from '@shared/contract'
import SettingsPanel from '@renderer/components/settings/SettingsPanel.vue'
import LogPanel from '@renderer/components/log/LogPanel.vue'
import CodePanel from '@renderer/components/code/CodePanel.vue'
import StatusLine from '@renderer/components/controls/StatusLine.vue'
import { useSettingsStore } from '@renderer/stores/settings'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'
import { translator } from '../data/support'

const frames = handDrivenFrames()
cleanUpAfterEach()

function switchFor(wrapper: VueWrapper, name: string) {
  const label = wrapper
    .findAll('label.mistake-switch')
    .find((l) => l.text() === `Deliberate mistake: ${name}`)
  if (!label) throw new Error(`no switch for ${name}`)
  return label.get<HTMLInputElement>('input[role="switch"]')
}

describe('Deliberate mistakes in the Settings panel', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`labels each switch as a deliberate mistake and explains it (${locale})`, () => {
      const t = translator(locale)
      const { wrapper } = mountLab(SettingsPanel, { locale })
      const items = wrapper.findAll('.mistakes-list li')
      expect(items).toHaveLength(MISTAKE_IDS.length)
      MISTAKE_IDS.forEach((id, k) => {
        const name = t(MISTAKES[id].nameKey)
        expect(items[k].get('label').text()).toBe(t('mistakes.switches.label', { name }))
        const described = items[k].get('input').attributes('aria-describedby')
        expect(wrapper.get(`[id="${described}"]`).text()).toBe(t(MISTAKES[id].explanationKey))
      })
    })
  }

  it('sends each loop mistake to the trainer in TrainingConfig.mistakes', async () => {
    const { wrapper, api } = mountLab(SettingsPanel)
    await switchFor(wrapper, 'Forget optimizer.zero_grad()').setValue(true)
    await switchFor(wrapper, 'No clamp on the log').setValue(true)
    expect(wrapper.get('.mistakes-count').text()).toBe('2 on')
    await useTrainingStore().train()
    const [request] = api.callsTo('train')[0] as [TrainRequest]
    expect(request.config.mistakes).toEqual({ forgetZeroGrad: true, loss: 'unclampedLog' })
    // Sent as a plain object: a reactive proxy cannot be cloned to a worker.
    expect(() => structuredClone(request)).not.toThrow()
    expect(useSettingsStore().sessionSettings().config.mistakes).toEqual({
      forgetZeroGrad: true,
      loss: 'unclampedLog'
    })
  })

  it('keeps MSE and no clamp apart (both replace the cost) and off leaves no mistakes', async () => {
    const { wrapper } = mountLab(SettingsPanel)
    const mse = switchFor(wrapper, 'Mean squared error instead of cross-entropy')
    const noClamp = switchFor(wrapper, 'No clamp on the log')
    await mse.setValue(true)
    await noClamp.setValue(true)
    expect(mse.element.checked).toBe(false)
    expect(useSettingsStore().config.mistakes?.loss).toBe('unclampedLog')
    await noClamp.setValue(false)
    expect(useSettingsStore().config.mistakes).toBeUndefined()
  })

  it('sets the learning rate far too large in the rate field, and back', async () => {
    const { wrapper } = mountLab(SettingsPanel)
    const tooLarge = switchFor(wrapper, 'A learning rate far too large')
    await tooLarge.setValue(true)
    const lr = wrapper.get<HTMLInputElement>('#setting-lr')
    expect(lr.element.value).toBe(String(TOO_LARGE_LEARNING_RATE.sgd))
    expect(useSettingsStore().config.optimizer.lr).toBe(TOO_LARGE_LEARNING_RATE.sgd)
    await tooLarge.setValue(false)
    expect(lr.element.value).toBe(String(labConfig.optimizer.lr))
    expect(useSettingsStore().mistakes).toEqual([])
  })

  it('keeps the mistakes a session saved', () => {
    mountLab(SettingsPanel)
    const settings = useSettingsStore()
    settings.setMistake('mse', true)
    const saved = settings.sessionSettings()
    settings.resetToLab()
    expect(settings.mistakes).toEqual([])
    settings.applySession(saved)
    expect(settings.mistakes).toEqual(['mse'])
  })

  it('locks the switches during a run', async () => {
    const { wrapper } = mountLab(SettingsPanel)
    await useTrainingStore().train()
    await settle()
    expect(switchFor(wrapper, 'No clamp on the log').attributes('disabled')).toBeDefined()
  })
})

describe('a run with a deliberate mistake', () => {
  it('says the mistake under the log, and the inf when the missing clamp made the cost infinite', async () => {
    const { wrapper, api } = mountLab(LogPanel)
    useSettingsStore().setMistake('unclampedLog', true)
    await useTrainingStore().train()
    api.emitFrame(
      makeFrame('run-1', 0, [0, 1, 2], {
        state: 'diverged',
        problem: { code: 'diverged', epoch: 3, quantity: 'cost' }
      })
    )
    frames.run()
    await settle()
    const note = wrapper.get('.run-mistakes')
    expect(note.get('[role="alert"]').text()).toContain('At epoch 3 the cost became infinite (inf')
    expect(note.text()).toContain('Deliberate mistake: No clamp on the log.')
    // The lab's own lines stay as PyTorch prints them.
    expect(wrapper.get('[role="log"]').text()).not.toContain('Deliberate')
  })

  it('the status line blames the missing clamp, not the data, for an infinite cost', async () => {
    const { wrapper, api } = mountLab(StatusLine, { locale: 'ko' })
    const diverge = async (runId: string) => {
      api.emitFrame(
        makeFrame(runId, 0, [0, 1, 2], {
          state: 'diverged',
          problem: { code: 'diverged', epoch: 3, quantity: 'cost' }
        })
      )
      frames.run()
      await settle()
    }
    useSettingsStore().setMistake('unclampedLog', true)
    await useTrainingStore().train()
    await diverge('run-1')
    const problem = () => wrapper.get('.status-problem').text()
    expect(problem()).toContain('일부러 넣은 실수의 결과')
    expect(problem()).not.toContain('학습률을 낮추면')
    // The same divergence without the mistake keeps the usual advice.
    useSettingsStore().setMistake('unclampedLog', false)
    await useTrainingStore().train()
    await diverge('run-2')
    expect(problem()).toContain('학습률을 낮추면')
  })

  it('says nothing for a run without one', async () => {
    const { wrapper, api } = mountLab(LogPanel)
    await useTrainingStore().train()
    api.emitFrame(makeFrame('run-1', 0, [0, 100]))
    frames.run()
    await settle()
    expect(wrapper.find('.run-mistakes').exists()).toBe(false)
  })

  it('shows the mistaken line in the Code view', async () => {
    const { wrapper } = mountLab(CodePanel)
    const code = () => wrapper.get('pre.code-block').element.textContent ?? ''
    expect(code()).toContain('optimizer.zero_grad()\n')
    useSettingsStore().setMistake('forgetZeroGrad', true)
    await settle()
    expect(code()).toContain('# optimizer.zero_grad()')
  })
})
