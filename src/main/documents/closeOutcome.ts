// What becomes of a closing window's backup. Don't Save removes it. A page that never answered
// (the user closed it regardless) leaves it as after a crash: offered at the next start. When
// the close ends the app (quitting, or the last window on Windows and Linux), it is kept as the
// window was, for the next start to restore; a window closed while the app goes on was put away
// on purpose (its work saved, or unchanged), so nothing of it comes back.
import type { CloseDecision } from './closeQuestions'
import type { BackupEnd } from './windowBackups'

export function backupEnd(
  decision: CloseDecision | null,
  dirty: boolean,
  endsApp: boolean
): BackupEnd {
  if (decision?.close && decision.by === 'fallback') return 'keepUnanswered'
  if (decision?.close && dirty) return 'remove'
  return endsApp ? 'keepClean' : 'remove'
}
