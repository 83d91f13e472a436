// Pushes from main to our renderers, each on its one channel: training frames to the window that
// owns the run, menu commands to the active window, document events to the window concerned.
import { webContents } from 'electron'
import { wireDocumentEvent } from '@shared/bridge'
import { eventChannels } from '@shared/channels'
import type { DocumentEvent, MenuCommand, TrainingFrame } from '@shared/contract'
import { activeWindow, isOurWebContents } from './window'

/** The FrameSink of the TrainingService: owner ids are web contents ids. */
export function sendFrame(ownerId: number, frame: TrainingFrame): void {
  const contents = webContents.fromId(ownerId)
  // A window closed mid-run drops its late frames.
  if (!contents || contents.isDestroyed() || !isOurWebContents(contents)) return
  contents.send(eventChannels.onFrame, frame)
}

export function sendMenuCommand(command: MenuCommand): void {
  activeWindow()?.webContents.send(eventChannels.onMenuCommand, command)
}

/**
 * False when the window is gone or its page crashed: nobody is there to receive it. A restored
 * session crosses with its texts packed (@shared/bridge).
 */
export function sendDocumentEvent(ownerId: number, event: DocumentEvent): boolean {
  const contents = webContents.fromId(ownerId)
  if (!contents || contents.isDestroyed() || !isOurWebContents(contents)) return false
  if (contents.isCrashed()) return false
  contents.send(eventChannels.onDocumentEvent, wireDocumentEvent(event))
  return true
}
