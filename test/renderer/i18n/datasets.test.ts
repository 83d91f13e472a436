// Every built-in data set has its name and one-line story (and, when generated, what its noise
// does) in English and in Korean, under the keys core gives the UI.
import { describe, expect, it } from 'vitest'
import { BUILT_IN_DATASETS, BUILT_IN_DATASET_IDS } from '@core'
import { messages } from '@renderer/i18n'
import { lookUp } from '../support/messages'

describe('the data sets namespace', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`has every set's texts in ${locale}`, () => {
      for (const id of BUILT_IN_DATASET_IDS) {
        const info = BUILT_IN_DATASETS[id]
        const keys = [info.nameKey, info.storyKey, ...(info.noiseKey ? [info.noiseKey] : [])]
        for (const key of keys) {
          expect(lookUp(messages[locale], key)?.trim(), `${locale}: ${key}`).toBeTruthy()
        }
      }
    })
  }
})
