// The model as a formula: H(x) = σ(w1·x1 + w2·x2 + b) with the live numbers, as TeX for KaTeX
// (MathML) and as text for screen readers; the decision line for two features; a compact form
// for many features. Numbers the same in every language (4 decimals, no locale separators).
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import {
  lineTex,
  modelTex,
  modelText,
  parametersTex,
  SPOKEN_WEIGHTS
} from '@renderer/components/charts/modelFormula'
import MathFormula from '@renderer/components/charts/MathFormula.vue'
import ModelFormula from '@renderer/components/charts/ModelFormula.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'

// KaTeX typesets only in standards mode; happy-dom has no compatMode (the app's page has a doctype).
vi.hoisted(() =>
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true })
)

/** The lab's weights after 1000 epochs. */
const lab = { weights: [3.253, 1.5179], bias: -14.4819 }

cleanUpAfterEach()

describe('model formula', () => {
  it('writes the lab’s model with its numbers, 4 decimals, signs outside the magnitudes', () => {
    expect(modelTex(lab.weights, lab.bias)).toBe(
      'H(x) = \\sigma(3.2530 \\cdot x_{1} + 1.5179 \\cdot x_{2} - 14.4819)'
    )
    expect(modelText(lab.weights, lab.bias, 'sigmoid')).toBe(
      'H(x) = sigmoid(3.2530 × x1 + 1.5179 × x2 − 14.4819)'
    )
    expect(modelText([-0.5, 0], 0, '시그모이드')).toBe(
      'H(x) = 시그모이드(−0.5000 × x1 + 0.0000 × x2 + 0.0000)'
    )
  })

  it('never writes a number in scientific notation or with a locale’s separators', () => {
    const tex = modelTex([1e-9, 12345.678], -1e-7)
    expect(tex).toBe('H(x) = \\sigma(0.0000 \\cdot x_{1} + 12345.6780 \\cdot x_{2} - 0.0000)')
  })

  it('writes the decision line as the z at which H(x) reaches the threshold', () => {
    expect(lineTex(lab.weights, lab.bias, 0.5)).toBe(
      '3.2530 \\cdot x_{1} + 1.5179 \\cdot x_{2} - 14.4819 = \\operatorname{logit}(0.5) = 0.0000'
    )
    // logit(0.8) = ln 4
    expect(lineTex([1, -2], 3, 0.8)).toMatch(/= \\operatorname\{logit\}\(0\.8\) = 1\.3863$/)
  })

  it('writes many features compactly, and reads out at most a dozen weights', () => {
    const weights = Array.from({ length: 20 }, (_, j) => j / 10)
    expect(modelTex(weights, 1)).toBe(
      'H(x) = \\sigma\\left(\\textstyle\\sum_{j=1}^{20} w_j x_j + b\\right)'
    )
    // the parameters on a line of their own, which the sum written out does not need
    expect(parametersTex(weights, 1)).toBe(
      'w = (0.0000, 0.1000, \\ldots, 1.9000),\\quad b = 1.0000'
    )
    expect(parametersTex(lab.weights, lab.bias)).toBeNull()
    const text = modelText(weights, 1, 'sigmoid')
    expect(text.match(/\d\.\d{4}/g)).toHaveLength(SPOKEN_WEIGHTS + 1) // the weights read, and b
    expect(text).toContain('…')
  })
})

describe('typeset formula', () => {
  it('renders MathML (no inline styles, which the CSP refuses), hidden from readers in favour of the text', async () => {
    const wrapper = mount(MathFormula, {
      props: { label: 'Model', tex: modelTex(lab.weights, lab.bias), text: 'the model in words' }
    })
    const math = wrapper.get('math')
    expect(math.findAll('msub')).toHaveLength(2)
    expect(math.text()).toContain('3.2530')
    expect(wrapper.get('.math-tex').attributes('aria-hidden')).toBe('true')
    expect(wrapper.html()).not.toMatch(/style=/)
    expect(wrapper.get('.visually-hidden').text()).toBe('the model in words')
    await wrapper.setProps({ tex: modelTex([1, 2], 3) })
    expect(wrapper.get('math').text()).toContain('2.0000')
    expect(wrapper.findAll('math')).toHaveLength(1)
  })
})

describe('the model under the charts', () => {
  it('puts many weights on a second line, so the formula fits the panel', async () => {
    const { wrapper } = mountLab(ModelFormula)
    const data = useDatasetStore()
    for (let k = 2; k < 8; k++) data.addFeature() // the model the store shows has 8 weights
    await nextTick()
    const lines = wrapper.findAll('.math-formula')
    expect(lines).toHaveLength(2)
    expect(lines[0].get('.math-label').text()).toBe('Model')
    expect(lines[0].get('math').text()).toContain('∑')
    expect(lines[1].get('.math-label').text()).toBe('Weights')
    expect(lines[1].get('math').text()).toContain('…')
    // the weights are read out once, with the model
    expect(lines[0].get('.visually-hidden').text()).toContain('w = (0.0000, 0.0000')
    expect(lines[1].get('.visually-hidden').text()).toBe('')
  })

  it('keeps two features on one line', () => {
    const { wrapper } = mountLab(ModelFormula)
    expect(wrapper.findAll('.math-formula')).toHaveLength(1)
  })
})
