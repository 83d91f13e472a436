// The Code view: the PyTorch code of the current data and settings in both styles, highlighted
// from tokens (never HTML), copied whole, downloaded as .py; long data cut in the view only.
import { describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { labConfig, pytorchCode, toyDataset } from '@core'
import CodePanel from '@renderer/components/code/CodePanel.vue'
import { useSettingsStore } from '@renderer/stores/settings'
import { useDatasetStore } from '@renderer/stores/dataset'
import { settle } from '../support/harness'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'

cleanUpAfterEach()

/** What the helpers below need of a mounted component. */
type Mounted = Pick<VueWrapper, 'findAll' | 'get'>

const button = (wrapper: Mounted, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button ${name}`)
  return found
}
const shownCode = (wrapper: Mounted): string =>
  wrapper.get('pre.code-block').element.textContent ?? ''

describe('Code view', () => {
  it("shows the lab's code for the toy data, highlighted by highlight.js", () => {
    const { wrapper } = mountLab(CodePanel)
    const expected = pytorchCode(toyDataset(), labConfig, { style: 'low-level', labelName: 'y' })
    expect(shownCode(wrapper)).toBe(expected)
    expect(wrapper.findAll('pre.code-block .hljs-keyword').length).toBeGreaterThan(3)
    expect(wrapper.findAll('pre.code-block .hljs-comment')[0].text()).toContain('PyTorch Lab-05')
  })

  it('follows the settings and the style switch', async () => {
    const { wrapper } = mountLab(CodePanel)
    useSettingsStore().setNumber('lr', '0.05')
    await settle()
    expect(shownCode(wrapper)).toContain('optimizer = optim.SGD([W, b], lr=0.05)')
    await button(wrapper, 'nn.Module').trigger('click')
    expect(shownCode(wrapper)).toContain('class BinaryClassifier(nn.Module):')
    expect(shownCode(wrapper)).toContain('lr=0.05')
    expect(button(wrapper, 'nn.Module').attributes('aria-pressed')).toBe('true')
  })

  it('writes its comments in Korean in the Korean window', () => {
    const { wrapper } = mountLab(CodePanel, { locale: 'ko' })
    expect(shownCode(wrapper)).toContain('# 모두를 위한 딥러닝 시즌2 PyTorch Lab-05의')
  })

  it('copies the whole code and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper } = mountLab(CodePanel)
    await button(wrapper, 'Copy').trigger('click')
    await settle()
    expect(writeText).toHaveBeenCalledWith(shownCode(wrapper))
    expect(wrapper.text()).toContain('Copied the code to the clipboard.')
  })

  it('says how to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { wrapper } = mountLab(CodePanel)
    await button(wrapper, 'Copy').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('Could not copy')
  })

  it('downloads the code as logit-lab.py, without a byte-order mark', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:code'
    })
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      names.push(this.download)
    })
    const { wrapper } = mountLab(CodePanel)
    await button(wrapper, 'Download .py').trigger('click')
    expect(names).toEqual(['logit-lab.py'])
    expect(await blobs[0].text()).toBe(shownCode(wrapper))
  })

  it('cuts a long data list in the view, counting the lines left out', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper } = mountLab(CodePanel)
    const data = useDatasetStore()
    for (let i = 0; i < 60; i++) {
      const row = data.addRow() ?? 0
      data.setCell(row, 0, String(i + 0.123456789))
      data.setCell(row, 1, String(i * 3.3333333))
      data.setLabel(row, (i % 2) as 0 | 1)
    }
    await settle()
    expect(shownCode(wrapper)).toMatch(/ {4}# … \(\d+\)/)
    expect(wrapper.text()).toMatch(/… \d+ more lines of data are not shown here/)
    await button(wrapper, 'Copy').trigger('click')
    const copied = writeText.mock.calls[0][0]
    expect(copied).toContain('[59.123456789, 196.6666647]')
    expect(copied).not.toContain('# … (')
  })
})

describe('Code view on large data', () => {
  it('makes the code only when Copy asks for it, with every row', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper } = mountLab(CodePanel)
    const data = useDatasetStore()
    // 50,001 rows x 2 features: past the 100,000 cells whose code the view keeps current
    const rows = Array.from({ length: 50_001 }, (_, i) => `${i},${i % 7},${i % 2}`)
    expect(data.applyCsvImport(data.previewCsv(['a,b,y', ...rows].join('\n'), 'big.csv'))).toBe(
      true
    )
    await settle()
    expect(wrapper.find('pre.code-block').exists()).toBe(false)
    expect(wrapper.text()).toContain('Large data (50,001 rows): the code holds every row')
    await button(wrapper, 'Copy').trigger('click')
    await settle()
    const copied = writeText.mock.calls[0][0]
    expect(copied).toContain('[50000, 6]')
    expect(copied).toContain('optimizer = optim.SGD([W, b], lr=1)')
  })
})
