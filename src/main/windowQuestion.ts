// Main's questions about one of our windows whose page cannot speak for itself: an error box
// with two buttons, one question per window at a time (a page that fails again while asked is
// not asked about twice).
import { BrowserWindow, dialog, type WebContents } from 'electron'
import { isOurWebContents } from './window'

export interface Question {
  message: string
  detail: string
  /** The first is the way forward (the default), the second the way out (Escape). */
  buttons: [string, string]
}

export type AskAboutWindow = (
  contents: WebContents,
  question: Question
) => Promise<{ window: BrowserWindow; first: boolean } | null>

/** Asks about the window of `contents`; null when it is not ours, already asked, or gone. */
export function windowQuestions(): AskAboutWindow {
  const asking = new Set<number>()
  return async (contents, question) => {
    const window = BrowserWindow.fromWebContents(contents)
    if (!window || !isOurWebContents(contents) || asking.has(contents.id)) return null
    asking.add(contents.id)
    const box = { ...question, title: 'Logit Lab', type: 'error' as const, noLink: true }
    const options = { ...box, defaultId: 0, cancelId: 1 }
    try {
      // A dialog attached to a hidden window (its page never showed) would be hidden with it.
      const { response } = window.isVisible()
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options)
      return window.isDestroyed() ? null : { window, first: response === 0 }
    } finally {
      asking.delete(contents.id)
    }
  }
}
