// Time for the runner: a clock and a way to continue later. Between two slices of training the
// runner hands control back to the event loop so that control messages (pause, stop, ...) are
// handled. setTimeout(0) would do, but it waits at least 1 ms in Node and 4 ms in browsers once
// nested, which would cost a tenth or more of the training time. So: Node's setImmediate (it
// runs after the loop has polled, so the worker's incoming messages go first), and in browsers a
// message to ourselves through a MessageChannel, which is queued behind the messages already
// there. (Not a MessageChannel in Node: there a port drains up to a thousand of its own messages
// before anything else runs, which would starve the controls.)

export interface RunnerClock {
  /** Milliseconds, monotonic. */
  now(): number
  /** Calls back after `delayMs`; with 0, right after pending messages. Returns a cancel. */
  later(callback: () => void, delayMs: number): () => void
  /** Releases what keeps the event loop alive; `later` must not be called afterwards. */
  close(): void
}

type Later = (callback: () => void) => () => void

/** Node's setImmediate, looked up at run time: core is typed for browsers too. */
function immediateYield(): Later | null {
  const scope = globalThis as {
    setImmediate?: (callback: () => void) => unknown
    clearImmediate?: (handle: unknown) => void
  }
  const { setImmediate, clearImmediate } = scope
  if (typeof setImmediate !== 'function' || typeof clearImmediate !== 'function') return null
  return (callback) => {
    const handle = setImmediate(callback)
    return () => clearImmediate(handle)
  }
}

function channelYield(): { later: Later; close: () => void } | null {
  if (typeof MessageChannel !== 'function') return null
  const waiting = new Map<number, () => void>()
  let nextToken = 0
  const channel = new MessageChannel()
  channel.port1.addEventListener('message', (event) => {
    const token: number = (event as MessageEvent).data
    const callback = waiting.get(token)
    waiting.delete(token)
    callback?.()
  })
  channel.port1.start()
  return {
    later(callback) {
      const token = nextToken++
      waiting.set(token, callback)
      channel.port2.postMessage(token)
      return () => waiting.delete(token)
    },
    close() {
      waiting.clear()
      channel.port1.close()
      channel.port2.close()
    }
  }
}

function timeoutLater(callback: () => void, delayMs: number): () => void {
  const timer = setTimeout(callback, Math.max(0, delayMs))
  return () => clearTimeout(timer)
}

export function systemClock(): RunnerClock {
  const immediate = immediateYield()
  const channel = immediate ? null : channelYield()
  const yieldNow = immediate ?? channel?.later ?? ((callback) => timeoutLater(callback, 0))
  return {
    now: () => performance.now(),
    later: (callback, delayMs) =>
      delayMs > 0 ? timeoutLater(callback, delayMs) : yieldNow(callback),
    close: () => channel?.close()
  }
}
