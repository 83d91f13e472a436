import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import type { WorkerLoss } from '@shared/contract'
import ControlsPanel from '@renderer/components/controls/ControlsPanel.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

const frames = handDrivenFrames()
cleanUpAfterEach()

function mountPanel(locale: 'en' | 'ko' = 'en') {
  return mountLab(ControlsPanel, { locale })
}

const button = (wrapper: VueWrapper, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found)
    throw new Error(`no button "${name}" in: ${wrapper.findAll('button').map((b) => b.text())}`)
  return found
}

async function paint(wrapper: VueWrapper): Promise<void> {
  frames.run()
  await settle()
  await wrapper.vm.$nextTick()
}

describe('Controls panel', () => {
  it('trains, then offers Pause, Stop and the status of the run', async () => {
    const { wrapper, api } = mountPanel()
    expect(button(wrapper, 'Pause').attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'Stop').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Epoch –/1,000')
    expect(wrapper.get('[role="status"]').text()).toBe('Ready')

    await button(wrapper, 'Train').trigger('click')
    await settle()
    expect(api.trainRequests).toHaveLength(1)
    api.emitFrame(makeFrame('run-1', 0, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
    await paint(wrapper)
    expect(button(wrapper, 'Train').attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'Pause').attributes('disabled')).toBeUndefined()
    expect(wrapper.text()).toContain('Epoch 10/1,000')
    expect(wrapper.text()).toContain('1,234 epochs/s')
    expect(wrapper.get('[role="status"]').text()).toBe('Running')

    await button(wrapper, 'Pause').trigger('click')
    api.emitFrame(makeFrame('run-1', 1, [11], { state: 'paused' }))
    await paint(wrapper)
    expect(api.callsTo('pause')).toEqual([['run-1']])
    expect(wrapper.get('[role="status"]').text()).toBe('Paused')
    await button(wrapper, 'Resume').trigger('click')
    await button(wrapper, 'Step').trigger('click')
    await button(wrapper, 'Stop').trigger('click')
    await settle()
    expect(api.callsTo('resume')).toEqual([['run-1']])
    expect(api.callsTo('step')).toEqual([['run-1', 1]])
    expect(api.callsTo('stop')).toEqual([['run-1']])
  })

  it('disables Train and says why when the data is invalid', async () => {
    const { wrapper } = mountPanel()
    useDatasetStore().setCell(1, 0, 'two')
    await wrapper.vm.$nextTick()
    expect(button(wrapper, 'Train').attributes('disabled')).toBeDefined()
    const note = wrapper.get('.train-blocked').text()
    expect(note).toContain('Train is unavailable.')
    expect(note).toContain('Row 2')
    expect(note).toContain('two')
    useDatasetStore().setCell(1, 0, '2')
    await wrapper.vm.$nextTick()
    expect(button(wrapper, 'Train').attributes('disabled')).toBeUndefined()
    expect(wrapper.get('.train-blocked').text()).toBe('')
  })

  it('changes the speed, live during a run', async () => {
    const { wrapper, api } = mountPanel()
    const speed = wrapper.findAll('select').find((s) => s.text().includes('As fast as possible'))
    expect(speed?.findAll('option').map((o) => o.text())).toEqual([
      'As fast as possible',
      '60 epochs/s',
      '30 epochs/s',
      '10 epochs/s',
      '5 epochs/s',
      '2 epochs/s'
    ])
    await useTrainingStore().train()
    await speed?.setValue('5')
    await settle()
    expect(api.callsTo('setSpeed')).toEqual([['run-1', { mode: 'paced', epochsPerSecond: 5 }]])
  })

  it('explains a diverged run in the status line', async () => {
    const { wrapper, api } = mountPanel()
    await useTrainingStore().train()
    api.emitFrame(
      makeFrame('run-1', 0, [0, 1, 2, 3], {
        state: 'diverged',
        problem: { code: 'diverged', epoch: 3, quantity: 'weights' }
      })
    )
    await paint(wrapper)
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'At epoch 3 the weights overflowed to infinity or NaN. Scaling the input data or lowering the learning rate might help.'
    )
    expect(wrapper.get('[role="status"]').text()).toBe('Diverged')
  })

  it('explains a crashed worker, in Korean too', async () => {
    const { wrapper, api } = mountPanel('ko')
    await useTrainingStore().train()
    api.emitFrame(
      makeFrame('run-1', 0, [], {
        state: 'error',
        problem: { code: 'workerCrashed', loss: { kind: 'failed', message: 'out of memory' } }
      })
    )
    await paint(wrapper)
    expect(wrapper.get('[role="alert"]').text()).toContain('학습 워커가 멈췄습니다 (out of memory)')
    expect(button(wrapper, '학습').attributes('disabled')).toBeUndefined()
  })

  it.each<['en' | 'ko', WorkerLoss, string]>([
    ['en', { kind: 'exited', exitCode: 3 }, 'The training worker crashed (exit code 3).'],
    ['ko', { kind: 'exited', exitCode: 3 }, '학습 워커가 멈췄습니다 (종료 코드 3).'],
    ['ko', { kind: 'unreadableMessage' }, '학습 워커가 멈췄습니다 (메시지를 읽을 수 없음).']
  ])('says why the worker was lost in the UI’s language (%s, %j)', async (locale, loss, text) => {
    const { wrapper, api } = mountPanel(locale)
    await useTrainingStore().train()
    api.emitFrame(
      makeFrame('run-1', 0, [], { state: 'error', problem: { code: 'workerCrashed', loss } })
    )
    await paint(wrapper)
    expect(wrapper.get('[role="alert"]').text()).toContain(text)
  })

  it('names each button’s shortcut', () => {
    const { wrapper } = mountPanel()
    expect(button(wrapper, 'Train').attributes('aria-keyshortcuts')).toBe('Space')
    expect(button(wrapper, 'Step').attributes('aria-keyshortcuts')).toBe('S')
    expect(button(wrapper, 'Reset weights').attributes('aria-keyshortcuts')).toBe('R')
    expect(button(wrapper, 'Step').attributes('title')).toBe('Step (S)')
  })
})
