// Tokens for main's questions to a window ("may I open this file?", "may I close?"): random,
// single-use, bound to the window they were sent to, and, where given a lifetime, expiring. An
// answer with any other token is refused: a page cannot answer for another window, twice, or
// about a file main never offered.
import { randomBytes } from 'node:crypto'

interface Question<T> {
  owner: number
  value: T
  expires: number
}

/** 24 characters of base64url: what the answer schemas accept (/^[A-Za-z0-9_-]{1,64}$/). */
export const newToken = (): string => randomBytes(18).toString('base64url')

export class QuestionTokens<T> {
  private readonly questions = new Map<string, Question<T>>()

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now
  ) {}

  issue(owner: number, value: T): string {
    this.dropExpired()
    const token = newToken()
    this.questions.set(token, { owner, value, expires: this.now() + this.lifetimeMs })
    return token
  }

  /** The question's value, once; null for an unknown, expired or another window's token. */
  take(owner: number, token: string): T | null {
    const question = this.questions.get(token)
    if (!question || question.owner !== owner) return null
    this.questions.delete(token)
    return question.expires >= this.now() ? question.value : null
  }

  forgetOwner(owner: number): void {
    for (const [token, question] of this.questions) {
      if (question.owner === owner) this.questions.delete(token)
    }
  }

  private dropExpired(): void {
    const now = this.now()
    for (const [token, question] of this.questions) {
      if (question.expires < now) this.questions.delete(token)
    }
  }
}
