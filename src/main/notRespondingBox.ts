// The native question for a window whose page does not answer "may I close?" (its renderer
// crashed or hangs): Close Anyway / Cancel, in the menu's language, saying up to when its work
// is kept. Withdrawn (the signal) if the page answers after all.
import { dialog } from 'electron'
import type { Locale } from '@shared/contract'
import { dialogText } from './dialogText'
import { windowOf } from './documentDialogs'

/** "14:05", or with the date when it was not today. */
export function keptAt(iso: string, locale: Locale, now = new Date()): string {
  const at = new Date(iso)
  const tag = locale === 'ko' ? 'ko-KR' : 'en-US'
  const today = at.toDateString() === now.toDateString()
  return today
    ? at.toLocaleTimeString(tag, { hour: 'numeric', minute: '2-digit' })
    : at.toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short' })
}

export function notRespondingBox(
  locale: () => Locale,
  savedAt: (owner: number) => string | null
): (owner: number, signal: AbortSignal) => Promise<boolean> {
  return async (owner, signal) => {
    const text = dialogText[locale()]
    const at = savedAt(owner)
    const detail = at
      ? text.notRespondingKept.replace('{time}', keptAt(at, locale()))
      : text.notRespondingLost
    const options = {
      type: 'warning' as const,
      title: 'Logit Lab',
      message: text.notRespondingMessage,
      detail,
      buttons: [text.closeAnyway, text.cancel],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
      signal
    }
    const window = windowOf(owner)
    const { response } = window
      ? await dialog.showMessageBox(window, options)
      : await dialog.showMessageBox(options)
    return response === 0 && !signal.aborted
  }
}
