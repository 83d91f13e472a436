// When the document store keeps a backup: about a second after the last change (as VS Code's hot
// exit does), and, while changes keep coming (a run streaming its epochs), at least every
// MAX_WAIT_MS. One backup at a time: a change during a backup schedules the next one.

/** Quiet time after the last change before a backup. */
export const BACKUP_DELAY_MS = 1000
/** Changes that never pause (a long run) still get a backup this often. */
export const BACKUP_MAX_WAIT_MS = 10_000

export interface BackupScheduler {
  /** Something changed: back up after the quiet time (or the longest wait). */
  touch(): void
  /** Back up now if anything waits (the page is being hidden). */
  flush(): void
  /** Forget what waits (the work was just saved, or a new document is shown). */
  cancel(): void
  /** A change waits for its backup, or a backup is being written. */
  readonly pending: boolean
}

export function createBackupScheduler(
  backup: () => Promise<void>,
  delayMs = BACKUP_DELAY_MS,
  maxWaitMs = BACKUP_MAX_WAIT_MS
): BackupScheduler {
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstChangeAt: number | null = null
  let running = false
  let again = false

  function clear(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  async function fire(): Promise<void> {
    clear()
    firstChangeAt = null
    if (running) {
      again = true
      return
    }
    running = true
    try {
      await backup()
    } finally {
      running = false
      if (again) {
        again = false
        touch()
      }
    }
  }

  function touch(): void {
    const now = Date.now()
    firstChangeAt ??= now
    clear()
    const wait = Math.max(0, Math.min(delayMs, firstChangeAt + maxWaitMs - now))
    timer = setTimeout(() => void fire(), wait)
  }

  return {
    touch,
    flush() {
      if (timer !== null) void fire()
    },
    cancel() {
      clear()
      firstChangeAt = null
      again = false
    },
    get pending() {
      return timer !== null || running
    }
  }
}
