// Every reason a lesson link is refused has its message in English and in Korean, and the
// too-long message names both numbers and offers the file.
import { describe, expect, it } from 'vitest'
import { messages } from '@renderer/i18n'
import { lookUp } from '../support/messages'
import { SHARE_LINK_REFUSAL_CODES } from '@shared/shareLink'

describe('the share namespace', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`has a message for every refusal in ${locale}`, () => {
      for (const code of SHARE_LINK_REFUSAL_CODES) {
        expect(lookUp(messages[locale], `share.refused.${code}`)?.trim(), code).toBeTruthy()
      }
      const tooLong = lookUp(messages[locale], 'share.tooLong')
      expect(tooLong).toContain('{length}')
      expect(tooLong).toContain('{limit}')
      expect(lookUp(messages[locale], 'share.saveFile')).toBeTruthy()
    })
  }
})
