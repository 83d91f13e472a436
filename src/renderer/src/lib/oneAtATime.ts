// Work that must not overlap with itself (replacing the document, opening a lesson link): each
// task starts once the one before it has settled, whether it succeeded or failed.

export interface OneAtATime {
  /** Runs `task` after every task given before it; its result (or failure) is the caller's. */
  run<T>(task: () => Promise<T>): Promise<T>
  /** Resolves once every task given so far has settled. */
  idle(): Promise<void>
}

export function oneAtATime(): OneAtATime {
  let last: Promise<void> = Promise.resolve()
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const next = last.then(task)
      last = next.then(
        () => undefined,
        () => undefined
      )
      return next
    },
    idle: () => last
  }
}
