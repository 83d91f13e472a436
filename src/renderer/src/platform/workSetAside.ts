// What only the web edition's LabApi does (no channel crosses to a main process for it): before a
// lesson link replaces the work, it keeps the work as a recovery backup of its own. The desktop
// app asks about unsaved changes instead, as before it opens a file.
import type { ApiResult, LabApi, Session } from '@shared/contract'

export interface WorkSetAside {
  /**
   * Once the tab's start-up restore is shown, keeps the work `current` gives (null: nothing to
   * keep) under a backup slot no tab holds, and offers it back at once (a 'recoveryOffered'
   * event). True when something was kept.
   */
  setAsideWork(current: () => Promise<Session | null>): Promise<ApiResult<boolean>>
}

export function setsWorkAside(api: LabApi): api is LabApi & WorkSetAside {
  return typeof (api as Partial<WorkSetAside>).setAsideWork === 'function'
}
