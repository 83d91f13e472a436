// Which backup is this tab's. A tab keeps its slot in sessionStorage, which survives a reload (so a
// reload finds its own backup and shows it at once) and is new in a new tab. A tab holds a Web Lock
// named after its slot while it is open: a duplicated tab (which copies sessionStorage) finds the
// slot taken and takes a new one, and a backup whose slot no tab holds belongs to a tab that was
// closed or crashed (offered for recovery). Without Web Locks (plain http, an old browser) every
// other slot counts as gone.

const SLOT_KEY = 'logit-lab.documentSlot'
const LOCK_PREFIX = 'logit-lab-tab:'
/** How long a reload waits for the page it replaces to let go of the slot's lock. */
const RELOAD_WAIT_MS = 1500

export interface TabSlot {
  slot: string
  /** The slots other open tabs hold (their backups are theirs, not offered here). */
  liveSlots: string[]
}

function newSlot(): string {
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

/** Holds the slot's lock for as long as the page lives; false if another tab holds it. */
function holdLock(locks: LockManager, slot: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const options: LockOptions =
      waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true }
    locks
      .request(LOCK_PREFIX + slot, options, (lock) => {
        resolve(lock !== null)
        // Never settles: the lock is released when the page goes away.
        return lock === null ? null : new Promise<never>(() => undefined)
      })
      .catch(() => resolve(false)) // timed out: another tab holds it
  })
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
  if (slot === null || !(await holdLock(locks, slot, RELOAD_WAIT_MS))) {
    do slot = newSlot()
    while (!(await holdLock(locks, slot, 0)))
  }
  rememberSlot(slot)
  const { held = [] } = await locks.query()
  const liveSlots = held
    .map((lock) => lock.name ?? '')
    .filter((name) => name.startsWith(LOCK_PREFIX) && name !== LOCK_PREFIX + slot)
    .map((name) => name.slice(LOCK_PREFIX.length))
  return { slot, liveSlots }
}
