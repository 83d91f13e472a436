// A window whose page cannot be shown says so, in the user's language, and offers a way out: a
// page that failed to load (its window is still hidden) asks Try Again / Quit; a page whose
// renderer died (a blank window; trainingBridge ends its runs) asks Reload / Close.
import { app } from 'electron'
import type { Locale } from '@shared/contract'
import { dialogText } from './dialogText'
import { loadRenderer } from './window'
import { windowQuestions } from './windowQuestion'

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure to report. */
const ERR_ABORTED = -3

const failed = (error: unknown): void => console.error('Recovering the window failed', error)

export function setupPageRecovery(locale: () => Locale): void {
  const ask = windowQuestions()
  app.on('web-contents-created', (_event, contents) => {
    contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
      if (!isMainFrame || code === ERR_ABORTED) return
      console.error(`The window could not load ${url}: ${description} (${code})`)
      const text = dialogText[locale()]
      const detail = text.loadFailedDetail.replace('{reason}', description)
      ask(contents, { message: text.loadFailedMessage, detail, buttons: [text.retry, text.quit] })
        .then((asked) => {
          if (asked?.first) return loadRenderer(asked.window) // if it fails again, asks again
          if (asked) app.quit()
        })
        .catch(failed)
    })
    contents.on('render-process-gone', (_event, { reason, exitCode }) => {
      if (reason === 'clean-exit') return
      console.error(`The window's page ended: ${reason} (exit code ${exitCode})`)
      const text = dialogText[locale()]
      const detail = text.crashedDetail.replace('{reason}', reason)
      ask(contents, { message: text.crashedMessage, detail, buttons: [text.reload, text.close] })
        .then((asked) => {
          if (asked?.first) asked.window.webContents.reload()
          else asked?.window.close()
        })
        .catch(failed)
    })
  })
}
