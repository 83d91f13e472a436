// Time for the runner: a clock and a way to continue later. Between two slices of training the
// runner hands control back to the event loop so that control messages (pause, stop, ...) are
// handled. setTimeout(0) would do, but it waits at least 1 ms in Node and 4 ms in browsers once
// nested, which would cost a tenth or more of the training time; a message to ourselves through a
// MessageChannel comes back as soon as the messages already queued were handled.

export interface RunnerClock {
  /** Milliseconds, monotonic. */
  now(): number
  /** Calls back after `delayMs`; with 0, right after the messages already queued. Returns a cancel. */
  later(callback: () => void, delayMs: number): () => void
  /** Releases what keeps the event loop alive; `later` must not be called afterwards. */
  close(): void
}

export function systemClock(): RunnerClock {
  const waiting = new Map<number, () => void>()
  let nextToken = 0
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null
  if (channel) {
    channel.port1.addEventListener('message', (event) => {
      const token: number = (event as MessageEvent).data
      const callback = waiting.get(token)
      waiting.delete(token)
      callback?.()
    })
    channel.port1.start()
  }
  return {
    now: () => performance.now(),
    later(callback, delayMs) {
      if (delayMs > 0 || channel === null) {
        const timer = setTimeout(callback, Math.max(0, delayMs))
        return () => clearTimeout(timer)
      }
      const token = nextToken++
      waiting.set(token, callback)
      channel.port2.postMessage(token)
      return () => waiting.delete(token)
    },
    close() {
      waiting.clear()
      channel?.port1.close()
      channel?.port2.close()
    }
  }
}
