// What crosses the desktop app's bridge: LabApi, with every whole session the page sends in its
// wire shape (its cell texts packed: ./session/packedTexts.ts). Both of the bridge's copies run
// on the page's thread (contextBridge's into the preload's world, then V8's serializer for
// Electron's IPC), and took ~50 ms each for a session keeping 100,000 cell texts as small
// arrays. The renderer's adapter (platform/electron.ts) packs before the bridge, so the stores
// see LabApi; main's schemas unpack what they checked.
import type { ApiResult, DocumentName, LabApi } from './contract'
import type { WireSession } from './session/packedTexts'

/** LabApi's methods that carry a whole session. */
type SessionMethod = 'saveSession' | 'backupSession'

/** window.labApi in the desktop app, as the preload exposes it: exactly what crosses. */
export interface ElectronBridge extends Omit<LabApi, SessionMethod> {
  saveSession(
    session: WireSession,
    options: { as: boolean }
  ): Promise<ApiResult<DocumentName | null>>
  backupSession(session: WireSession): Promise<ApiResult<null>>
}
