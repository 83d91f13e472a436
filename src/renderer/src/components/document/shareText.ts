// The share dialog's and the document bar's words about lesson links, in the user's language: why
// a link was refused (a session's own error names its field), and what opening one did.
import type { ShareLinkRefusal } from '@shared/shareLink'
import type { ShareNotice } from '@renderer/stores/share'
import { problemReasonText, sessionErrorText } from './documentMessageText'

type Translate = (key: string, values?: Record<string, unknown>) => string

export function refusalText(t: Translate, reason: ShareLinkRefusal): string {
  const key = `share.refused.${reason.code}`
  switch (reason.code) {
    case 'invalid':
      return t(key, { problem: sessionErrorText(t, reason.error) })
    case 'tooLong':
      return t(key, { length: reason.length, limit: reason.limit })
    default:
      return t(key)
  }
}

export function shareNoticeText(t: Translate, notice: ShareNotice): string {
  switch (notice.kind) {
    case 'opened': {
      const opened =
        notice.title === '' ? t('share.openedUntitled') : t('share.opened', { title: notice.title })
      return notice.keptInRecovery ? `${opened} ${t('share.keptInRecovery')}` : opened
    }
    case 'refused':
      return t('share.notOpened', { reason: refusalText(t, notice.reason) })
    case 'failed': {
      // The browser's storage or the file, by name where the platform names it.
      const { problem, message } = notice.error
      return t('share.failed', { message: problem ? problemReasonText(t, problem) : message })
    }
  }
}
