// What the parallel accumulator and its workers share: the setup each worker receives, the slots
// of the shared control array, and the ways each side waits and reports failure.

/** Slots of the shared Int32Array that synchronises an epoch (all accessed with Atomics). */
export const CONTROL = {
  /** Bumped by the calling thread to start an epoch (or to stop, with STOP set). */
  generation: 0,
  /** The next row block to claim this epoch (claims past the last one find nothing to do). */
  nextBlock: 1,
  /** Blocks whose sums are written this epoch; the calling thread waits for all of them. */
  completed: 2,
  /** 1 once dispose() asked the workers to return. */
  stop: 3,
  /** 1 once a worker failed; its message is in the setup's `failure` bytes. */
  failed: 4,
  /** Length in bytes of that message. */
  failureLength: 5
} as const
export const CONTROL_SLOTS = 6

/** Room for a failed worker's message (UTF-8, cut to fit). */
export const FAILURE_BYTES = 1024

/** Everything a worker needs, as workerData: shared buffers only, nothing is copied per epoch. */
export interface AccumulatorSetup {
  /** Int32Array, see CONTROL. */
  control: SharedArrayBuffer
  /** Float64Array: the d weights, the bias, then the threshold, written before each epoch. */
  inputs: SharedArrayBuffer
  /** Float64Array: one sumsLength(d) slot per row block, each written by the thread claiming it. */
  blockSums: SharedArrayBuffer
  /** Row-major features (Float64Array) and labels (Float64Array). */
  x: SharedArrayBuffer
  y: SharedArrayBuffer
  /** Features per row. */
  d: number
  /** Float64Array: blocks claimed so far by each thread (0: the calling one), for reports. */
  claims: SharedArrayBuffer
  /** This thread's slot in `claims`. */
  thread: number
  /** Uint8Array for a failure message. */
  failure: SharedArrayBuffer
}

/** Marks the accumulator failed with a message the calling thread will throw (either side). */
export function recordFailure(control: Int32Array, failure: Uint8Array, text: string): void {
  const bytes = new TextEncoder().encode(text).subarray(0, failure.length)
  failure.set(bytes)
  Atomics.store(control, CONTROL.failureLength, bytes.length)
  Atomics.store(control, CONTROL.failed, 1)
}

/**
 * Waits until control[index] differs from `value`: first by re-reading it up to `spins` times
 * (a futex wake-up costs tens of microseconds, an epoch's hand-over a few), then by sleeping in
 * Atomics.wait for up to `timeoutMs`. Returns false on a timeout.
 */
export function waitForChange(
  control: Int32Array,
  index: number,
  value: number,
  spins: number,
  timeoutMs = Infinity
): boolean {
  for (let i = 0; i < spins; i++) if (Atomics.load(control, index) !== value) return true
  return Atomics.wait(control, index, value, timeoutMs) !== 'timed-out'
}

/** Re-reads before sleeping, on either side of an epoch (~20 us on the x64 we measured). */
export const SPINS = 20_000
