// Numbers in the Prediction panel: 4 decimals for H(x), never scientific, rounded like Python.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatFeature,
  formatPercent,
  formatProbability
} from '@renderer/components/predictions/predictionFormat'

describe('probability formatting', () => {
  it('shows 1e-9 as 0.0000, not 1e-9', () => {
    expect(formatProbability(1e-9)).toBe('0.0000')
    expect(formatProbability(3.7e-44)).toBe('0.0000')
  })

  it('rounds 0.99995 up to 1.0000, as Python prints it', () => {
    // The double nearest 0.99995 lies just above it: format(0.99995, '.4f') == '1.0000'.
    expect(formatProbability(0.99995)).toBe('1.0000')
    expect(formatProbability(0.99994999)).toBe('0.9999')
    expect(formatProbability(0.00005)).toBe('0.0001')
  })

  it('prints the lab’s final H(x) like the lab', () => {
    expect(formatProbability(0.00027)).toBe('0.0003')
    expect(formatProbability(0.95622)).toBe('0.9562')
    expect(formatProbability(1)).toBe('1.0000')
    expect(formatProbability(0)).toBe('0.0000')
  })

  it('never uses an exponent and always has 4 decimals, for any probability', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(formatProbability(p)).toMatch(/^[01]\.\d{4}$/)
      })
    )
  })
})

describe('percent and feature formatting', () => {
  it('writes accuracy like the lab: two decimals and a percent sign', () => {
    expect(formatPercent(1)).toBe('100.00%')
    expect(formatPercent(5 / 6)).toBe('83.33%')
    expect(formatPercent(583 / 759)).toBe('76.81%')
    expect(formatPercent(0)).toBe('0.00%')
  })

  it('writes features as given, without exponents', () => {
    expect(formatFeature(3)).toBe('3')
    expect(formatFeature(0.25)).toBe('0.25')
    expect(formatFeature(-1.5)).toBe('-1.5')
    expect(formatFeature(1e-7)).toBe('0.000000')
    expect(formatFeature(1e21)).not.toMatch(/e/)
  })
})
