// Every deliberate mistake has its name and explanation in English and in Korean, under the keys
// core gives the UI, and the Korean is not the English.
import { describe, expect, it } from 'vitest'
import { MISTAKES, MISTAKE_IDS } from '@core'
import { messages } from '@renderer/i18n'
import { lookUp } from '../support/messages'

describe('the mistakes namespace', () => {
  it('has every mistake in both languages', () => {
    for (const id of MISTAKE_IDS) {
      for (const key of [MISTAKES[id].nameKey, MISTAKES[id].explanationKey]) {
        const english = lookUp(messages.en, key)
        const korean = lookUp(messages.ko, key)
        expect(english?.trim(), `en: ${key}`).toBeTruthy()
        expect(korean?.trim(), `ko: ${key}`).toBeTruthy()
        expect(korean).toMatch(/[가-힣]/)
      }
    }
    expect(lookUp(messages.ko, 'mistakes.label')).toBe('일부러 넣은 실수')
  })
})
