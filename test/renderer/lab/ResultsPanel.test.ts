// The results column's view switch: Charts | Lab | Code as WAI-ARIA tabs (one tab stop, arrows,
// Home, End), the charts kept mounted while hidden, the other views mounted only when shown.
import { describe, expect, it, vi } from 'vitest'
import ResultsPanel from '@renderer/components/results/ResultsPanel.vue'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

vi.hoisted(() =>
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true })
)
vi.mock('chart.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('chart.js')>()
  const { FakeChart } = await import('../charts/fakeChart')
  return { ...actual, Chart: FakeChart }
})

handDrivenFrames()
cleanUpAfterEach()

describe('Results view switch', () => {
  it('names the tabs, selects Charts first, and ties each tab to its panel', () => {
    const { wrapper } = mountLab(ResultsPanel)
    const list = wrapper.get('[role="tablist"]')
    expect(list.attributes('aria-label')).toBe('Results view')
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map((tab) => tab.text())).toEqual(['Charts', 'Lab', 'Code', 'Compare'])
    expect(tabs.map((tab) => tab.attributes('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false'
    ])
    expect(tabs.map((tab) => tab.attributes('tabindex'))).toEqual(['0', '-1', '-1', '-1'])
    for (const tab of tabs) {
      const panel = wrapper.get(`#${tab.attributes('aria-controls')}`)
      expect(panel.attributes('role')).toBe('tabpanel')
      expect(panel.attributes('aria-labelledby')).toBe(tab.attributes('id'))
    }
    expect(wrapper.find('#results-panel-charts').isVisible()).toBe(true)
    expect(wrapper.find('#results-panel-lab').isVisible()).toBe(false)
    expect(wrapper.find('#lab-title').exists()).toBe(false)
  })

  it('shows a view on click, and keeps the charts mounted while hidden', async () => {
    const { wrapper } = mountLab(ResultsPanel)
    await wrapper.findAll('[role="tab"]')[1].trigger('click')
    // The Lab view is a chunk of its own, loaded when first shown.
    await vi.waitFor(() => expect(wrapper.find('#lab-title').exists()).toBe(true))
    expect(wrapper.find('#results-panel-charts').isVisible()).toBe(false)
    expect(wrapper.find('#charts-title').exists()).toBe(true)
    expect(wrapper.findAll('[role="tab"]')[1].attributes('aria-selected')).toBe('true')
  })

  it('moves between tabs with the arrow keys, Home and End, focus following', async () => {
    const { wrapper } = mountLab(ResultsPanel)
    const tabs = () => wrapper.findAll('[role="tab"]')
    const selected = () => tabs().findIndex((tab) => tab.attributes('aria-selected') === 'true')
    await tabs()[0].trigger('keydown', { key: 'ArrowRight' })
    await settle()
    expect(selected()).toBe(1)
    expect(document.activeElement).toBe(tabs()[1].element)
    await tabs()[1].trigger('keydown', { key: 'ArrowRight' })
    await settle()
    expect(selected()).toBe(2)
    await vi.waitFor(() => expect(wrapper.find('#code-title').exists()).toBe(true))
    await tabs()[2].trigger('keydown', { key: 'End' })
    await settle()
    expect(selected()).toBe(3)
    await tabs()[3].trigger('keydown', { key: 'ArrowRight' })
    expect(selected()).toBe(0) // wraps around
    await tabs()[0].trigger('keydown', { key: 'ArrowLeft' })
    expect(selected()).toBe(3)
    await tabs()[3].trigger('keydown', { key: 'Home' })
    expect(selected()).toBe(0)
    await tabs()[0].trigger('keydown', { key: 'a' })
    expect(selected()).toBe(0)
  })

  it('in Korean', () => {
    const { wrapper } = mountLab(ResultsPanel, { locale: 'ko' })
    expect(wrapper.findAll('[role="tab"]').map((tab) => tab.text())).toEqual([
      '차트',
      '실습',
      '코드',
      '비교'
    ])
  })
})
