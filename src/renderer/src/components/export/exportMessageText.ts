// The export menu's reasons and messages in the user's language.
import type { ExportBlocker } from '@renderer/stores/exportContent'
import type { ModelFileMessage } from '@renderer/stores/modelExport'

type Translate = (key: string, values?: Record<string, unknown>) => string

export function blockerText(t: Translate, blocker: ExportBlocker): string {
  return blocker.code === 'issue'
    ? t(`export.blocked.issue.${blocker.issue.code}`, { field: blocker.issue.field })
    : t(`export.blocked.${blocker.code}`)
}

export function modelFileMessageText(t: Translate, message: ModelFileMessage): string {
  switch (message.kind) {
    case 'exported':
      return t('export.message.exported', { files: message.fileNames.join(', ') })
    case 'exportFailed':
      return t('export.message.exportFailed', { message: message.error.message })
    case 'imported': {
      const parts = [t('export.message.imported', { file: message.fileName })]
      if (message.threshold !== null) {
        parts.push(t('export.message.importedThreshold', { threshold: message.threshold }))
      }
      const warning = message.warning
      if (warning?.code === 'featureName') {
        parts.push(t('export.message.nameWarning', { ...warning, index: warning.index + 1 }))
      }
      return parts.join(' ')
    }
    case 'importRefused': {
      const { code, ...values } = message.error
      const reason = t(`export.importError.${code}`, values)
      return t('export.message.importRefused', { file: message.fileName, reason })
    }
    case 'importMismatch':
      return t('export.message.importMismatch', {
        file: message.fileName,
        actual: message.issue.code === 'featureCount' ? message.issue.actual : 0,
        expected: message.issue.code === 'featureCount' ? message.issue.expected : 0
      })
    case 'importUnreadable':
      return t('export.message.importUnreadable', { file: message.fileName })
  }
}
