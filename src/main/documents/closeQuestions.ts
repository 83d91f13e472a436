// "May this window close?" asked of its page, which knows the work and asks Save / Don't Save /
// Cancel itself, in its language. A page that cannot answer (its renderer is gone, or it has not
// answered in `timeoutMs`: crashed or hung) is not waited for: `fallback` asks the user natively,
// and is withdrawn (its signal aborts) should the page answer after all.
import type { DocumentEvent } from '@shared/contract'
import { newToken } from './questionTokens'

/** close: the page agreed (saved, or discards the changes) or the user closed it regardless. */
export type CloseDecision = { close: false } | { close: true; by: 'page' | 'fallback' }

export interface CloseQuestionsOptions {
  /** False when the event could not be sent (the page is gone). */
  send(owner: number, event: DocumentEvent): boolean
  timeoutMs: number
  /** Asks the user about a window whose page does not answer; true: close it anyway. */
  fallback(owner: number, signal: AbortSignal): Promise<boolean>
}

interface Asking {
  token: string
  promise: Promise<CloseDecision>
  settle(decision: CloseDecision): void
  fallingBack: boolean
  controller: AbortController
}

export class CloseQuestions {
  private readonly asking = new Map<number, Asking>()
  private readonly gone = new Set<number>()

  constructor(private readonly options: CloseQuestionsOptions) {}

  /** One question per window at a time: asking again while it is open gets the same answer. */
  ask(owner: number, reason: 'close' | 'quit'): Promise<CloseDecision> {
    const open = this.asking.get(owner)
    if (open) return open.promise
    const asking = this.open(owner)
    const sent =
      !this.gone.has(owner) &&
      this.options.send(owner, { kind: 'closeRequested', token: asking.token, reason })
    if (!sent) this.fallBack(owner, asking)
    else {
      const timer = setTimeout(() => this.fallBack(owner, asking), this.options.timeoutMs)
      void asking.promise.then(() => clearTimeout(timer))
    }
    return asking.promise
  }

  /** The page's answer; false when that token asks nothing (answered, or never asked). */
  answer(owner: number, token: string, close: boolean): boolean {
    const asking = this.asking.get(owner)
    if (!asking || asking.token !== token) return false
    asking.settle(close ? { close: true, by: 'page' } : { close: false })
    return true
  }

  /** The window's renderer ended: an open question goes to the user at once. */
  pageGone(owner: number): void {
    this.gone.add(owner)
    const asking = this.asking.get(owner)
    if (asking) this.fallBack(owner, asking)
  }

  /** True while the window's renderer is gone (crashed, killed) and no new page has loaded. */
  isGone(owner: number): boolean {
    return this.gone.has(owner)
  }

  /** A page loaded again in the window: it answers from now on. */
  pageBack(owner: number): void {
    this.gone.delete(owner)
  }

  forget(owner: number): void {
    this.gone.delete(owner)
    this.asking.get(owner)?.settle({ close: false })
  }

  private open(owner: number): Asking {
    let resolve: (decision: CloseDecision) => void = () => undefined
    const promise = new Promise<CloseDecision>((done) => (resolve = done))
    const controller = new AbortController()
    const asking: Asking = {
      token: newToken(),
      promise,
      fallingBack: false,
      controller,
      settle: (decision) => {
        if (this.asking.get(owner) !== asking) return
        this.asking.delete(owner)
        controller.abort() // a native box still open goes away
        resolve(decision)
      }
    }
    this.asking.set(owner, asking)
    return asking
  }

  private fallBack(owner: number, asking: Asking): void {
    if (asking.fallingBack) return
    asking.fallingBack = true
    this.options.fallback(owner, asking.controller.signal).then(
      (close) => asking.settle(close ? { close: true, by: 'fallback' } : { close: false }),
      (error: unknown) => {
        console.error('Asking about a window that does not answer failed', error)
        asking.settle({ close: false })
      }
    )
  }
}
