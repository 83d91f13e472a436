// The unsaved-changes question (Save / Don't Save / Cancel) as state: the document store asks and
// waits; the dialog shows the question and answers it. One question at a time: a new one cancels
// the one before (a second close request while the first is still asked, say).
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

/** What is about to replace or close the work. */
export type UnsavedReason = 'new' | 'open' | 'drop' | 'external' | 'link' | 'close' | 'quit'
export type UnsavedAnswer = 'save' | 'discard' | 'cancel'

export interface UnsavedQuestion {
  reason: UnsavedReason
  /** The file about to be opened (a drop, the shell's open), when there is one. */
  fileName: string | null
}

export const useUnsavedPromptStore = defineStore('unsavedPrompt', () => {
  const question = shallowRef<UnsavedQuestion | null>(null)
  let resolve: ((answer: UnsavedAnswer) => void) | null = null

  function ask(next: UnsavedQuestion): Promise<UnsavedAnswer> {
    answer('cancel')
    question.value = next
    return new Promise((done) => {
      resolve = done
    })
  }

  function answer(choice: UnsavedAnswer): void {
    const done = resolve
    resolve = null
    question.value = null
    done?.(choice)
  }

  return { question, ask, answer }
})
