// Which backup is this tab's. A tab keeps its slot in sessionStorage, which survives a reload (so a
// reload finds its own backup and shows it at once) and is new in a new tab. A tab holds a Web Lock
// named after its slot while it is open: a duplicated tab (which copies sessionStorage) finds the
// slot taken and takes a new one, and a backup whose slot no tab holds belongs to a tab that was
// closed or crashed (offered for recovery). Without Web Locks (plain http, an old browser) every
// other slot counts as gone.

const SLOT_KEY = 'logit-lab.documentSlot'
const LOCK_PREFIX = 'logit-lab-tab:'

export interface TabSlot {
  slot: string
  /** The slots other open tabs hold (their backups are theirs, not offered here). */
  liveSlots: string[]
}

/** A slot no tab holds yet (a new tab's, or work set aside for recovery). */
export function newSlot(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

function rememberedSlot(): string | null {
  try {
    return sessionStorage.getItem(SLOT_KEY)
  } catch {
    return null // storage blocked: every load is a new tab
  }
}

function rememberSlot(slot: string): void {
  try {
    sessionStorage.setItem(SLOT_KEY, slot)
  } catch {
    // Blocked storage: a reload will offer the backup instead of showing it at once.
  }
}

/**
 * Holds the slot's lock while the page lives; resolves false at once if another page holds it,
 * unless `wait`: then it resolves true at once and takes the lock when it is free.
 */
function holdLock(locks: LockManager, slot: string, wait = false): Promise<boolean> {
  return new Promise((resolve) => {
    if (wait) resolve(true)
    locks
      .request(LOCK_PREFIX + slot, { ifAvailable: !wait }, (lock) => {
        resolve(lock !== null)
        // Never settles: the lock is released when the page goes away.
        return lock === null ? null : new Promise<never>(() => undefined)
      })
      .catch(() => resolve(false))
  })
}

/**
 * A reload: the page it replaces may still hold the slot's lock (the browser frees it once the old
 * document is destroyed, which can be after this one starts).
 */
function isReload(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
  return entry?.type === 'reload'
}

export async function claimTabSlot(
  locks: LockManager | null | undefined = globalThis.navigator?.locks
): Promise<TabSlot> {
  const remembered = rememberedSlot()
  if (!locks) {
    const slot = remembered ?? newSlot()
    rememberSlot(slot)
    return { slot, liveSlots: [] }
  }
  let slot = remembered
  if (slot === null || !(await holdLock(locks, slot, isReload()))) {
    do slot = newSlot()
    while (!(await holdLock(locks, slot)))
  }
  rememberSlot(slot)
  const { held = [] } = await locks.query()
  const liveSlots = held
    .map((lock) => lock.name ?? '')
    .filter((name) => name.startsWith(LOCK_PREFIX) && name !== LOCK_PREFIX + slot)
    .map((name) => name.slice(LOCK_PREFIX.length))
  return { slot, liveSlots }
}
