// How many epochs a run may do now, and how fast it went. In slow motion (paced) epoch k of a
// pacing window is due k / rate seconds after the window opened; every speed change, resume or
// step opens a new window, so a change takes effect at once and a pause is never "made up for".
import type { RunSpeed } from './runnerTypes'

/** A paced run that falls this far behind (a slow machine, huge data) stops trying to catch up. */
const MAX_BACKLOG_SECONDS = 1

export class Pace {
  private origin = 0
  private ranInWindow = 0

  constructor(
    private speed: RunSpeed,
    now: number
  ) {
    this.restart(now)
  }

  get current(): RunSpeed {
    return this.speed
  }

  get paced(): boolean {
    return this.speed.mode === 'paced'
  }

  /** Epochs per second in slow motion; Infinity at full speed. */
  get rate(): number {
    return this.speed.mode === 'paced' ? this.speed.epochsPerSecond : Infinity
  }

  set(speed: RunSpeed, now: number): void {
    this.speed = speed
    this.restart(now)
  }

  restart(now: number): void {
    this.origin = now
    this.ranInWindow = 0
  }

  /** How many epochs are due at `now` (Infinity at full speed). */
  due(now: number): number {
    if (this.speed.mode === 'max') return Infinity
    const rate = this.rate
    // The epsilon makes "due" agree with delay() at the very instant delay() returns 0.
    let owed = Math.floor(((now - this.origin) * rate) / 1000 + 1e-9) + 1 - this.ranInWindow
    if (owed > Math.max(2, rate * MAX_BACKLOG_SECONDS)) {
      this.restart(now)
      owed = 1
    }
    return Math.max(0, owed)
  }

  ran(count: number): void {
    this.ranInWindow += count
  }

  /** Milliseconds until the next epoch is due (0 when one is due already or at full speed). */
  delay(now: number): number {
    if (this.speed.mode === 'max') return 0
    const nextDue = this.origin + (this.ranInWindow * 1000) / this.rate
    return Math.max(0, nextDue - now)
  }
}

/** Epochs per second over about the last second. */
export class RateMeter {
  private samples: { time: number; epochs: number }[] = []

  constructor(now: number) {
    this.reset(now, 0)
  }

  reset(now: number, epochs: number): void {
    this.samples = [{ time: now, epochs }]
  }

  /** Records `epochs` (run so far) at `now` and returns the recent rate. */
  sample(now: number, epochs: number): number {
    const samples = this.samples
    samples.push({ time: now, epochs })
    while (samples.length > 2 && now - samples[1].time >= 1000) samples.shift()
    const oldest = samples[0]
    const elapsed = now - oldest.time
    return elapsed > 0 ? ((epochs - oldest.epochs) * 1000) / elapsed : 0
  }
}
