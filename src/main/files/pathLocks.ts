// One write at a time per file: two saves of one file (Save pressed twice, a save and an export
// to the same name) each rename a complete temp file over it, and without an order the older
// session could land last. Writes to different files go ahead side by side.
import { resolve } from 'node:path'

export class PathLocks {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(path: string, work: () => Promise<T>): Promise<T> {
    const key = resolve(path)
    const previous = this.tails.get(key) ?? Promise.resolve()
    // The next write waits for this one however it ends (its caller gets the failure).
    const result = previous.then(work, work)
    const tail = result.then(
      () => undefined,
      () => undefined
    )
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return result
  }
}
