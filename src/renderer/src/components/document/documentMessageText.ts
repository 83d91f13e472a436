// The document bar's messages in the user's language: what was done, or what went wrong with
// which file and why (a session's error names the field, as the file format spells it).
import type { DocumentProblem } from '@shared/contract'
import type { SessionError } from '@shared/session'
import type { DocumentMessage } from '@renderer/stores/documentMessages'

type Translate = (key: string, values?: Record<string, unknown>) => string

export function sessionErrorText(t: Translate, error: SessionError): string {
  const key = `document.sessionError.${error.code}`
  switch (error.code) {
    case 'notSession':
      return t(error.field === 'format' ? 'document.sessionError.notSessionFormat' : key)
    case 'invalidField':
      return t(`${key}.${error.reason}`, { field: error.field })
    case 'tooMany':
      return t(key, { ...error, what: t(`document.sessionError.counts.${error.what}`) })
    case 'mismatch':
      return t(`${key}.${error.measure}`, error)
    default:
      return t(key, error)
  }
}

export function problemReasonText(t: Translate, problem: DocumentProblem): string {
  return problem.kind === 'session'
    ? sessionErrorText(t, problem.error)
    : t(`document.fileReason.${problem.reason}`)
}

export function documentMessageText(t: Translate, message: DocumentMessage): string {
  const file = (name: string | null): string =>
    name === null || name === '' ? t('document.action.aFile') : name
  switch (message.kind) {
    case 'saved':
      return t('document.message.saved', { file: message.fileName })
    case 'opened':
      return t('document.message.opened', { file: file(message.fileName) })
    case 'restored':
      return t('document.message.restored')
    case 'newDocument':
      return t('document.message.newDocument')
    case 'problem':
      return t(`document.action.${message.action}`, {
        file: file(message.problem.fileName),
        reason: problemReasonText(t, message.problem)
      })
    case 'failed':
      return t(`document.action.${message.action}`, {
        file: t('document.action.aFile'),
        reason: t('document.failed', { message: message.error.message })
      })
  }
}
