// Who may call main: only the main frame of one of our windows, showing one of our pages. A
// subframe, another web contents, or our window after it somehow left app:// is refused.
import type { IpcMainInvokeEvent } from 'electron'
import { isAppUrl } from './appOrigin'
import { isOurWebContents } from './window'

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (frame === null) return false // the frame navigated away or was destroyed
  if (!isOurWebContents(event.sender)) return false
  if (frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url)
}
