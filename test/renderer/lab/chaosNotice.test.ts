// A chaotic run in the UI: the training store keeps the runner's notice (every frame from the
// detection on carries it) until the run is forgotten, and the log, the status line and the cost
// chart say it, in both languages.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Chart } from 'chart.js'
import LogPanel from '@renderer/components/log/LogPanel.vue'
import StatusLine from '@renderer/components/controls/StatusLine.vue'
import MetricChart from '@renderer/components/charts/MetricChart.vue'
import { chaosMarkerPlugin } from '@renderer/components/charts/chaosMarkerPlugin'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'
import { FakeChart } from '../charts/fakeChart'

vi.mock('chart.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('chart.js')>()
  const { FakeChart } = await import('../charts/fakeChart')
  return { ...actual, Chart: FakeChart }
})

const frames = handDrivenFrames()
beforeEach(() => FakeChart.reset())
cleanUpAfterEach()

const chaotic = { code: 'chaotic', epoch: 21 } as const

/** A run whose frames report the notice from epoch 21 on (the run is flagged there). */
async function chaoticRun(api: ReturnType<typeof mountLab>['api']): Promise<void> {
  await useTrainingStore().train()
  api.emitFrame(makeFrame('run-1', 0, [0, 10, 20]))
  frames.run()
  api.emitFrame(makeFrame('run-1', 1, [21, 22], { notice: chaotic }))
  api.emitFrame(makeFrame('run-1', 2, [23], { notice: chaotic }))
  frames.run()
  await settle()
}

describe('chaotic run notice', () => {
  it('the store keeps the notice from its first frame on, and forgets it with the run', async () => {
    const { api } = mountLab(StatusLine)
    const training = useTrainingStore()
    await training.train()
    api.emitFrame(makeFrame('run-1', 0, [0, 1]))
    frames.run()
    expect(training.notice).toBeNull()
    api.emitFrame(makeFrame('run-1', 1, [21], { notice: chaotic }))
    frames.run()
    expect(training.notice).toEqual(chaotic)
    await training.resetWeights()
    expect(training.notice).toBeNull()
    // A new run starts without it
    await training.train()
    api.emitFrame(makeFrame('run-2', 0, [0], { notice: undefined }))
    frames.run()
    expect(training.notice).toBeNull()
  })

  it('the status line says it and what helps', async () => {
    const { wrapper, api } = mountLab(StatusLine)
    expect(wrapper.find('.status-notice').text()).toBe('')
    await chaoticRun(api)
    expect(wrapper.find('.status-notice').text()).toBe(
      'Chaotic from epoch 21: PyTorch would print other numbers. A smaller learning rate makes them agree again.'
    )
  })

  it('the log says it under the lab’s lines, in Korean too', async () => {
    const { wrapper, api } = mountLab(LogPanel, { locale: 'ko' })
    await chaoticRun(api)
    await wrapper.vm.$nextTick()
    const note = wrapper.get('.log-notice').text()
    expect(note).toContain('에포크 21부터 이 실행은 카오스 상태입니다')
    expect(note).toContain('학습률을 낮추면 숫자가 다시 일치합니다')
  })

  it('the cost chart names it in its legend and draws a marker at the epoch', async () => {
    const { wrapper, api } = mountLab(MetricChart, { props: { metric: 'cost' } })
    expect(wrapper.find('.chart-chaos').exists()).toBe(false)
    await chaoticRun(api)
    expect(wrapper.get('.chart-chaos').text()).toBe('Chaotic from epoch 21')
    const chart = FakeChart.instances[0]
    const marker = (chart.config.plugins ?? []).find((p) => p.id === 'logitLabChaosMarker')
    expect(marker).toBeDefined()
    const accuracy = mountLab(MetricChart, { props: { metric: 'accuracy' } })
    const accuracyPlugins = FakeChart.instances[1].config.plugins ?? []
    expect(accuracyPlugins.some((p) => p.id === 'logitLabChaosMarker')).toBe(false)
    expect(accuracy.wrapper.find('.chart-chaos').exists()).toBe(false)
  })
})

describe('chaos marker plugin', () => {
  function recordingChart(min: number, max: number) {
    const calls: string[] = []
    const ctx = {
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      beginPath: () => {},
      moveTo: (x: number, y: number) => calls.push(`moveTo ${x} ${y}`),
      lineTo: (x: number, y: number) => calls.push(`lineTo ${x} ${y}`),
      stroke: () => calls.push('stroke'),
      setLineDash: (dash: number[]) => calls.push(`dash ${dash.join(' ')}`)
    }
    const x = { min, max, getPixelForValue: (v: number) => 40 + ((v - min) / (max - min)) * 400 }
    const chart = { ctx, chartArea: { left: 40, right: 440, top: 0, bottom: 200 }, scales: { x } }
    return { chart: chart as unknown as Chart<'line'>, calls }
  }
  const draw = (plugin: ReturnType<typeof chaosMarkerPlugin>, chart: Chart<'line'>) =>
    (plugin.afterDatasetsDraw as (chart: Chart<'line'>) => void)(chart)

  it('draws a dashed vertical line through the plot at the epoch', () => {
    const plugin = chaosMarkerPlugin(() => ({ epoch: 25, color: '#8a5a00' }))
    const { chart, calls } = recordingChart(0, 100)
    draw(plugin, chart)
    expect(calls).toEqual([
      'save',
      'dash 5 4',
      'moveTo 140.5 0',
      'lineTo 140.5 200',
      'stroke',
      'restore'
    ])
  })

  it('draws nothing without a notice, or when the epoch is out of view (zoomed)', () => {
    const none = recordingChart(0, 100)
    draw(
      chaosMarkerPlugin(() => null),
      none.chart
    )
    expect(none.calls).toEqual([])
    const zoomed = recordingChart(50, 100)
    draw(
      chaosMarkerPlugin(() => ({ epoch: 21, color: '#000' })),
      zoomed.chart
    )
    expect(zoomed.calls).toEqual([])
  })
})
