// One replacement of the document at a time: a command given while a New is still clearing the
// work waits for it, and asks about unsaved changes only for what is unsaved then.
import { describe, expect, it } from 'vitest'
import type { ApiResult } from '@shared/contract'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useDocumentStore } from '@renderer/stores/document'
import { useUnsavedPromptStore, type UnsavedQuestion } from '@renderer/stores/unsavedPrompt'
import { FakeLabApi } from '../support/fakeLabApi'
import { settle, setupStores } from '../support/harness'

/** A platform whose New answers only when the test lets it (a slow machine). */
class SlowNewApi extends FakeLabApi {
  private release: () => void = () => {}
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve))

  override async newDocument(): Promise<ApiResult<null>> {
    const answer = super.newDocument()
    await this.gate
    return answer
  }

  letNewFinish(): void {
    this.release()
  }
}

/**
 * An edited document, New asked for and answered Don't Save, the platform still clearing the work;
 * every question the unsaved-changes prompt asked is kept in `questions`.
 */
async function newDocumentStillClearing() {
  const api = new SlowNewApi()
  setupStores(api)
  const data = useDatasetStore()
  const doc = useDocumentStore()
  const prompt = useUnsavedPromptStore()
  const questions: UnsavedQuestion[] = []
  prompt.$subscribe(() => {
    if (prompt.question) questions.push(prompt.question)
  })

  data.setCell(2, 0, '9')
  expect(doc.dirty).toBe(true)
  const making = doc.newDocument()
  await settle()
  expect(prompt.question).toEqual({ reason: 'new', fileName: null })
  prompt.answer('discard')
  await settle()
  expect(api.callsTo('newDocument')).toHaveLength(1)
  return { api, data, doc, prompt, questions, making }
}

describe('replacing the document', () => {
  it("Open right after Don't Save on New waits for the new document, and asks nothing more", async () => {
    const { api, data, doc, prompt, questions, making } = await newDocumentStillClearing()

    // The work is still the old one while the platform clears it; Open comes now.
    const opening = doc.openDocument()
    await settle()
    expect(prompt.question).toBeNull()
    expect(api.callsTo('openDocument')).toHaveLength(0)

    api.letNewFinish()
    await making
    await opening
    expect(api.callsTo('openDocument')).toHaveLength(1)
    expect(questions).toEqual([{ reason: 'new', fileName: null }])
    expect(doc.dirty).toBe(false)
    expect(data.cellText(2, 0)).toBe('3')
  })

  it('a close asked for while a New clears the work asks about nothing once it is cleared', async () => {
    const { api, doc, prompt, making } = await newDocumentStillClearing()
    const closing = doc.settleUnsaved('close')
    await settle()
    expect(prompt.question).toBeNull()
    api.letNewFinish()
    await making
    await expect(closing).resolves.toBe(true)
  })
})
