import { describe, expect, it, vi } from 'vitest'
import LogPanel from '@renderer/components/log/LogPanel.vue'
import { useTrainingStore } from '@renderer/stores/training'
import { makeFrame } from '../support/fakeLabApi'
import { settle } from '../support/harness'
import { cleanUpAfterEach, handDrivenFrames, mountLab } from '../support/mountLab'

const frames = handDrivenFrames()
cleanUpAfterEach()

const lines = [
  'Epoch    0/1000 Cost: 0.693147',
  'Epoch  100/1000 Cost: 0.134722',
  'Epoch  200/1000 Cost: 0.080643'
]

async function mountWithLines() {
  const { wrapper, api } = mountLab(LogPanel)
  await useTrainingStore().train()
  api.emitFrame(
    makeFrame('run-1', 0, [0, 100, 200], {
      logLines: lines.map((text, i) => ({ epoch: i * 100, cost: 0, accuracy: 0, text }))
    })
  )
  frames.run()
  await settle()
  await wrapper.vm.$nextTick()
  return wrapper
}

describe('Log panel', () => {
  it('invites the user to train while there is no log', () => {
    const { wrapper } = mountLab(LogPanel)
    expect(wrapper.text()).toContain('Press Train')
    const copy = wrapper.findAll('button').find((b) => b.text() === 'Copy')
    expect(copy?.attributes('disabled')).toBeDefined()
  })

  it('shows the lines exactly, spaces included, in a labelled log', async () => {
    // happy-dom lays nothing out: give the log a 400-pixel viewport, as a window would.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400)
    const wrapper = await mountWithLines()
    const log = wrapper.get('[role="log"]')
    expect(log.attributes('aria-labelledby')).toBe('log-title')
    expect(log.attributes('tabindex')).toBe('0')
    const shown = log.findAll('.log-line').map((line) => line.element.textContent)
    expect(shown).toEqual(lines)
  })

  it('renders only the lines in view of a long log', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400)
    const { wrapper, api } = mountLab(LogPanel)
    await useTrainingStore().train()
    const epochs = Array.from({ length: 100_001 }, (_, e) => e)
    api.emitFrame(
      makeFrame('run-1', 0, epochs, {
        logLines: epochs.map((epoch) => ({ epoch, cost: 0, accuracy: 0, text: `line ${epoch}` }))
      })
    )
    frames.run()
    await settle()
    await wrapper.vm.$nextTick()
    const rendered = wrapper.findAll('.log-line')
    expect(rendered.length).toBeGreaterThan(0)
    expect(rendered.length).toBeLessThan(100)
    expect(useTrainingStore().logLines).toHaveLength(100_001)
  })

  it('copies every line with the Copy button', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const wrapper = await mountWithLines()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Copy')
      ?.trigger('click')
    await settle()
    expect(writeText).toHaveBeenCalledWith(lines.join('\n'))
    expect(wrapper.text()).toContain('Copied the log to the clipboard.')
  })

  it('says how to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const wrapper = await mountWithLines()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Copy')
      ?.trigger('click')
    await settle()
    expect(wrapper.text()).toContain('select the lines and press Ctrl+C')
  })
})
