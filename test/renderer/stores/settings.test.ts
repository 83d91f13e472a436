import { beforeEach, describe, expect, it } from 'vitest'
import { labConfig } from '@core/config'
import { validateTrainingConfig } from '@core/config'
import { useSettingsStore } from '@renderer/stores/settings'
import { MAX_LOG_LINES } from '@shared/limits'
import { minimumLogEvery, parseField } from '@renderer/stores/settingsRules'
import { setupStores } from '../support/harness'

beforeEach(() => {
  setupStores()
})

describe('settings store', () => {
  it("starts with the lab's settings", () => {
    const settings = useSettingsStore()
    expect(settings.config).toEqual(labConfig)
    expect(settings.speed).toEqual({ mode: 'max' })
    expect(settings.drafts.lr).toBe('1')
    expect(settings.drafts.epochs).toBe('1000')
    expect(settings.hasErrors).toBe(false)
  })

  it('applies a valid text at once', () => {
    const settings = useSettingsStore()
    settings.setNumber('epochs', '100')
    settings.setNumber('logEvery', ' 10 ')
    settings.setNumber('lr', '1e-2')
    expect(settings.config.epochs).toBe(100)
    expect(settings.config.logEvery).toBe(10)
    expect(settings.config.optimizer.lr).toBe(0.01)
  })

  it('keeps a bad text in the field, says why, and keeps the last valid value', () => {
    const settings = useSettingsStore()
    settings.setNumber('epochs', '12.5')
    expect(settings.drafts.epochs).toBe('12.5')
    expect(settings.errors.epochs).toEqual({ code: 'notInteger' })
    expect(settings.config.epochs).toBe(1000)
    expect(settings.hasErrors).toBe(true)

    settings.setNumber('lr', 'fast')
    expect(settings.errors.lr).toEqual({ code: 'notANumber' })
    settings.setNumber('lr', '0')
    expect(settings.errors.lr).toEqual({ code: 'greaterThan', limit: 0 })
    settings.setNumber('threshold', '1.5')
    expect(settings.errors.threshold).toEqual({ code: 'atMost', limit: 1 })
    settings.setNumber('logEvery', '')
    expect(settings.errors.logEvery).toEqual({ code: 'empty' })
    expect(settings.config).toEqual(labConfig)

    settings.setNumber('epochs', '200')
    expect(settings.errors.epochs).toBeUndefined()
    expect(settings.config.epochs).toBe(200)
  })

  it('switches optimizers without losing either one’s values', () => {
    const settings = useSettingsStore()
    settings.setNumber('momentum', '0.9')
    settings.setOptimizer('adam')
    expect(settings.config.optimizer).toEqual({
      kind: 'adam',
      lr: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0
    })
    expect(settings.drafts.lr).toBe('0.001')
    settings.setNumber('beta2', '0.99')
    settings.setNumber('weightDecay', '0.01')
    settings.setOptimizer('sgd')
    expect(settings.config.optimizer).toMatchObject({
      kind: 'sgd',
      lr: 1,
      momentum: 0.9,
      weightDecay: 0.01
    })
    expect(settings.drafts.lr).toBe('1')
    settings.setOptimizer('adam')
    expect(settings.config.optimizer).toMatchObject({ beta2: 0.99, weightDecay: 0.01 })
  })

  it('refuses Nesterov without momentum, as PyTorch does', () => {
    const settings = useSettingsStore()
    settings.setNumber('momentum', '0.5')
    settings.setNesterov(true)
    settings.setNumber('momentum', '0')
    expect(settings.errors.momentum).toEqual({ code: 'needsMomentum' })
    expect(settings.config.optimizer).toMatchObject({ momentum: 0.5, nesterov: true })
    settings.setNesterov(false)
    expect(settings.errors.momentum).toBeUndefined()
    expect(settings.config.optimizer).toMatchObject({ momentum: 0, nesterov: false })
  })

  it('keeps a run within MAX_LOG_LINES log lines, whichever of epochs and log every changes', () => {
    const settings = useSettingsStore()
    settings.setNumber('epochs', '1000000')
    settings.setNumber('logEvery', '1')
    const least = minimumLogEvery(1_000_000)
    expect(settings.errors.logEvery).toEqual({ code: 'tooManyLogLines', limit: least })
    expect(settings.config.logEvery).toBe(100) // the last valid value stays
    settings.setNumber('logEvery', String(least))
    expect(settings.errors.logEvery).toBeUndefined()
    expect(Math.floor(1_000_000 / settings.config.logEvery) + 1).toBeLessThanOrEqual(MAX_LOG_LINES)
    // more epochs with the same log every: now the log is too long, and Train is blocked
    settings.setNumber('epochs', '100000000')
    expect(settings.config.epochs).toBe(100_000_000)
    expect(settings.errors.logEvery).toEqual({
      code: 'tooManyLogLines',
      limit: minimumLogEvery(100_000_000)
    })
    expect(settings.hasErrors).toBe(true)
    settings.setNumber('epochs', '1000')
    expect(settings.errors.logEvery).toBeUndefined()
    expect(settings.config.logEvery).toBe(least)
  })

  it('allows a run of exactly MAX_LOG_LINES log lines, and refuses one line more', () => {
    const settings = useSettingsStore()
    // Epochs 0 to 999,999 every 5: 199,999 + 1 = 200,000 lines, the limit.
    settings.setNumber('epochs', '999999')
    settings.setNumber('logEvery', '5')
    expect(Math.floor(999_999 / 5) + 1).toBe(MAX_LOG_LINES)
    expect(settings.errors.logEvery).toBeUndefined()
    expect(settings.config).toMatchObject({ epochs: 999_999, logEvery: 5 })
    // One epoch more prints one line more (epoch 1,000,000 is logged), so 5 no longer does.
    settings.setNumber('epochs', '1000000')
    expect(Math.floor(1_000_000 / 5) + 1).toBe(MAX_LOG_LINES + 1)
    expect(settings.errors.logEvery).toEqual({ code: 'tooManyLogLines', limit: 6 })
    expect(settings.hasErrors).toBe(true)
    // Below the limit's epochs, every epoch may be logged.
    settings.setNumber('epochs', String(MAX_LOG_LINES - 1))
    settings.setNumber('logEvery', '1')
    expect(settings.errors.logEvery).toBeUndefined()
    settings.setNumber('epochs', String(MAX_LOG_LINES))
    expect(settings.errors.logEvery).toEqual({ code: 'tooManyLogLines', limit: 2 })
  })

  it('full batch or mini-batches of a chosen size', () => {
    const settings = useSettingsStore()
    settings.setBatchMode('mini')
    expect(settings.config.batchSize).toBe(2)
    settings.setNumber('batchSize', '4')
    expect(settings.config.batchSize).toBe(4)
    settings.setNumber('batchSize', '0')
    expect(settings.errors.batchSize).toEqual({ code: 'atLeast', limit: 1 })
    settings.setBatchMode('full')
    expect(settings.config.batchSize).toBeNull()
    expect(settings.errors.batchSize).toBeUndefined()
    expect(settings.drafts.batchSize).toBe('4')
  })

  it("goes back to the lab's settings", () => {
    const settings = useSettingsStore()
    settings.setInit('torch')
    settings.setNumber('seed', '7')
    settings.setOptimizer('adam')
    settings.setNumber('epochs', 'x')
    settings.resetToLab()
    expect(settings.config).toEqual(labConfig)
    expect(settings.hasErrors).toBe(false)
    expect(settings.drafts.epochs).toBe('1000')
  })

  it('never lets the config become one the trainer refuses', () => {
    const settings = useSettingsStore()
    const texts = ['', '-1', '0', '0.5', '1', '1e9', 'nan', 'inf', '-0', '2.5', '1e-12', 'abc']
    const fields = Object.keys(settings.drafts) as (keyof typeof settings.drafts)[]
    for (const field of fields) {
      for (const text of texts) {
        settings.setNumber(field, text)
        expect(validateTrainingConfig(settings.config), `${field}=${text}`).toEqual([])
      }
    }
  })
})

describe('parseField', () => {
  it('reads decimals and exponents, and names the broken rule', () => {
    expect(parseField('lr', '0.1')).toEqual({ ok: true, value: 0.1 })
    expect(parseField('eps', '1e-8')).toEqual({ ok: true, value: 1e-8 })
    expect(parseField('beta1', '1')).toEqual({ ok: false, error: { code: 'lessThan', limit: 1 } })
    expect(parseField('seed', '-1')).toEqual({ ok: false, error: { code: 'atLeast', limit: 0 } })
    expect(parseField('epochs', 'Infinity')).toEqual({ ok: false, error: { code: 'notANumber' } })
  })
})
