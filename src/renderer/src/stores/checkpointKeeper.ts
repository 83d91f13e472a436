// The training store's latest checkpoint (see runCapture.ts), and the saves waiting for the next
// one: saving a running run asks the worker for a snapshot, and the save goes on once the frame
// carrying it has been applied, with the history and the log as long as they were at that frame.
import type { RunCheckpoint } from './runCapture'

type Waiter = (checkpoint: RunCheckpoint | null) => void

export class CheckpointKeeper {
  private noted: RunCheckpoint | null = null
  private notedSinceSettle = false
  private waiters: Waiter[] = []

  /** A frame carried the trainer's state: the run at that frame. */
  note(checkpoint: RunCheckpoint): void {
    this.noted = checkpoint
    this.notedSinceSettle = true
  }

  /** The history was compacted or cleared: the lengths noted no longer mean those points. */
  forget(): void {
    this.noted = null
  }

  /** The next checkpoint noted from now on; null if the run ends or is dropped without one. */
  next(): Promise<RunCheckpoint | null> {
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  /** After a batch of frames: hands the checkpoint to whoever waits, once there is one to hand. */
  settle(running: boolean): void {
    const noted = this.notedSinceSettle ? this.noted : null
    this.notedSinceSettle = false
    if (noted !== null || !running) this.resolve(noted)
  }

  /** The run is dropped: nothing more will come. */
  cancel(): void {
    this.noted = null
    this.notedSinceSettle = false
    this.resolve(null)
  }

  private resolve(checkpoint: RunCheckpoint | null): void {
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter(checkpoint)
  }
}
